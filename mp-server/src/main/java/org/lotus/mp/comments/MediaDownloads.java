package org.lotus.mp.comments;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import jakarta.annotation.PreDestroy;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import org.lotus.mp.datadir.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Fetches a message's media from WeChat ({@code media/get}) as soon as the message is stored, outside the callback.
 * The database row is the queue: a PENDING row is claimed by moving its next attempt forward, so a sweep on any
 * instance retries what failed or what a stopped instance left, with backoff, until WeChat's id expires.
 */
@Component
class MediaDownloads {

    private static final Logger log = LoggerFactory.getLogger(MediaDownloads.class);
    private static final int MAX_ATTEMPTS = 8;
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final int INVALID_MEDIA_ID = 40007;

    private final ReaderMessageMapper mapper;
    private final WxMpService wechat;
    private final MediaFiles files;
    private final ExecutorService executor =
            new ThreadPoolExecutor(1, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1000), runnable -> {
                Thread thread = new Thread(runnable, "media-download");
                thread.setDaemon(true);
                return thread;
            });

    MediaDownloads(ReaderMessageMapper mapper, WxMpService wechat, MediaFiles files) {
        this.mapper = mapper;
        this.wechat = wechat;
        this.files = files;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onCommentReceived(CommentReceived received) {
        if (received.withMedia()) {
            try {
                executor.execute(() -> attempt(received.commentId()));
            } catch (RejectedExecutionException e) {
                // The sweep picks it up: the row is PENDING and due.
            }
        }
    }

    @Scheduled(
            initialDelayString = "${lotus.media.sweep-interval:5s}",
            fixedDelayString = "${lotus.media.sweep-interval:5s}")
    void sweep() {
        try {
            due().forEach(row -> attempt(row.getId()));
        } catch (DataAccessException e) {
            log.warn("media downloads wait: database unavailable");
        }
    }

    private java.util.List<ReaderMessage> due() {
        return mapper.selectList(new QueryWrapper<ReaderMessage>()
                .select("id")
                .eq("media_status", ReaderMessage.MediaStatus.PENDING)
                .le("media_next_attempt_at", now())
                .orderByAsc("media_next_attempt_at")
                .last("LIMIT 20"));
    }

    void attempt(long id) {
        LocalDateTime now = now();
        int claimed = mapper.update(
                null,
                new UpdateWrapper<ReaderMessage>()
                        .eq("id", id)
                        .eq("media_status", ReaderMessage.MediaStatus.PENDING)
                        .le("media_next_attempt_at", now)
                        .set("media_next_attempt_at", now.plus(CLAIM)));
        if (claimed == 0) {
            return;
        }
        ReaderMessage message = mapper.selectById(id);
        int attempts = message.getMediaAttempts() + 1;
        try {
            File downloaded = wechat.getMaterialService().mediaDownload(message.getMediaId());
            String extension = MediaFiles.extensionOf(downloaded.getName(), message.getMediaFormat());
            String name = id + "." + extension;
            Path target = files.directory().resolve(name);
            Files.move(downloaded.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnly.privateFile(target);
            int recorded = mapper.update(
                    null,
                    new UpdateWrapper<ReaderMessage>()
                            .eq("id", id)
                            .set("media_status", ReaderMessage.MediaStatus.STORED)
                            .set("media_file", name)
                            .set("media_type", MediaFiles.typeOf(extension))
                            .set("media_attempts", attempts)
                            .set("media_next_attempt_at", null));
            if (recorded == 0) {
                // The reader erased their data (or retention purged it) while the download ran: erasure wins.
                Files.deleteIfExists(target);
                log.info("{} media discarded: its message was erased meanwhile", message.getKind());
                return;
            }
            log.info("{} media stored", message.getKind());
        } catch (WxErrorException e) {
            int code = e.getError() == null ? -1 : e.getError().getErrorCode();
            failed(id, attempts, code == INVALID_MEDIA_ID, "WeChat errcode " + code);
        } catch (IOException | RuntimeException e) {
            failed(id, attempts, false, e.getClass().getSimpleName());
        }
    }

    private void failed(long id, int attempts, boolean permanent, String reason) {
        boolean giveUp = permanent || attempts >= MAX_ATTEMPTS;
        Duration backoff = Duration.ofSeconds(10L << Math.min(attempts, 12));
        mapper.update(
                null,
                new UpdateWrapper<ReaderMessage>()
                        .eq("id", id)
                        .set(
                                "media_status",
                                giveUp ? ReaderMessage.MediaStatus.FAILED : ReaderMessage.MediaStatus.PENDING)
                        .set("media_attempts", attempts)
                        .set("media_next_attempt_at", giveUp ? null : now().plus(backoff)));
        if (giveUp) {
            log.warn("media download of message {} abandoned after {} attempts ({})", id, attempts, reason);
        } else {
            log.warn("media download of message {} failed ({}), retry in {}s", id, reason, backoff.toSeconds());
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
