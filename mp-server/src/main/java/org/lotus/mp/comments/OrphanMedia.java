package org.lotus.mp.comments;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.lotus.mp.metrics.LotusMeters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, deletes media files whose message no longer exists (a download that finished after an erasure or a
 * purge, a crash between writing and recording) and conversions left behind for more than an hour. A file without a
 * row is out of reach of retention and erasure, so it must not stay.
 */
@Component
class OrphanMedia {

    private static final Logger log = LoggerFactory.getLogger(OrphanMedia.class);
    private static final Duration LEFTOVER_AGE = Duration.ofHours(1);

    private final MediaFiles files;
    private final ReaderMessageMapper mapper;

    OrphanMedia(MediaFiles files, ReaderMessageMapper mapper) {
        this.files = files;
        this.mapper = mapper;
    }

    @Scheduled(
            initialDelayString = "${lotus.media.orphan-sweep-interval:1h}",
            fixedDelayString = "${lotus.media.orphan-sweep-interval:1h}")
    int sweep() {
        try {
            int removed = removeOrphans(files.directory());
            if (removed > 0) {
                log.info("{} media files without a message deleted", removed);
                LotusMeters.purged("orphan-media", 0, removed, 0);
            }
            return removed;
        } catch (IOException e) {
            log.error("media directory cannot be swept: {}", e.getClass().getSimpleName());
        } catch (DataAccessException e) {
            log.warn("media sweep waits: database unavailable");
        }
        return 0;
    }

    private int removeOrphans(Path dir) throws IOException {
        List<Path> candidates = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path file : stream) {
                if (Files.isRegularFile(file)) {
                    candidates.add(file);
                    MediaFiles.messageIdOf(file).ifPresent(ids::add);
                }
            }
        }
        Set<Long> existing = new HashSet<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            mapper.selectList(new QueryWrapper<ReaderMessage>()
                            .select("id")
                            .in("id", all.subList(from, Math.min(all.size(), from + 500))))
                    .forEach(row -> existing.add(row.getId()));
        }
        Instant leftoverBefore = Instant.now().minus(LEFTOVER_AGE);
        int removed = 0;
        for (Path file : candidates) {
            OptionalLong id = MediaFiles.messageIdOf(file);
            boolean orphan = id.isPresent()
                    ? !existing.contains(id.getAsLong())
                    : Files.getLastModifiedTime(file).toInstant().isBefore(leftoverBefore);
            if (orphan && Files.deleteIfExists(file)) {
                removed++;
            }
        }
        return removed;
    }
}
