package org.lotus.mp.portal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import org.lotus.content.UtcTime;
import org.lotus.mp.LotusSettings;
import org.lotus.mp.datadir.OwnerOnly;
import org.lotus.mp.readers.ReaderKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Pushes that could not reach the database wait here, sealed with the reader key (they hold openids), one file per
 * push named by its receipt key: written, fsynced and renamed into place before WeChat is answered, replayed every
 * few seconds. The receipt's unique key makes replaying idempotent, so a file deleted late is harmless.
 */
@Component
class Spool {

    private static final Logger log = LoggerFactory.getLogger(Spool.class);
    private static final String SUFFIX = ".push";

    private final Path dir;
    private final ReaderKeys keys;
    private final Inbox inbox;

    Spool(LotusSettings settings, ReaderKeys keys, Inbox inbox) {
        this.dir = settings.dataDir().resolve("spool");
        this.keys = keys;
        this.inbox = inbox;
    }

    void write(String receiptKey, byte[] xml) throws IOException {
        OwnerOnly.createDirectories(dir);
        Path target = dir.resolve(receiptKey + SUFFIX);
        if (Files.exists(target)) {
            return; // the same push, delivered twice at once, is already on disk
        }
        // A temp file of its own: WeChat's retries of one push can reach this instance at the same moment.
        Path temp = Files.createTempFile(dir, receiptKey, ".tmp");
        try (FileChannel channel =
                FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(keys.seal(xml));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        }
        log.warn("database unavailable: push spooled to disk");
    }

    int pending() throws IOException {
        return waiting().size();
    }

    @Scheduled(
            initialDelayString = "${lotus.portal.spool-replay-interval:3s}",
            fixedDelayString = "${lotus.portal.spool-replay-interval:3s}")
    void replay() {
        List<Path> files;
        try {
            files = waiting();
        } catch (IOException e) {
            log.error("spool directory cannot be read: {}", e.getClass().getSimpleName());
            return;
        }
        int replayed = 0;
        for (Path file : files) {
            String receiptKey = file.getFileName().toString().replace(SUFFIX, "");
            try {
                InboundMessage message = InboundMessage.of(keys.open(Files.readAllBytes(file)));
                // Received when spooled, not when replayed.
                inbox.store(
                        message,
                        receiptKey,
                        UtcTime.utc(Files.getLastModifiedTime(file).toInstant()));
                Files.delete(file);
                replayed++;
            } catch (DataAccessException | TransactionException e) {
                break;
            } catch (GeneralSecurityException | PushRefusedException e) {
                quarantine(file);
            } catch (IOException e) {
                log.error("spooled push cannot be read: {}", e.getClass().getSimpleName());
            }
        }
        if (replayed > 0) {
            log.info("{} spooled pushes stored", replayed);
        }
    }

    private List<Path> waiting() throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            stream.forEach(files::add);
        }
        files.sort((a, b) -> {
            try {
                return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b));
            } catch (IOException e) {
                return 0;
            }
        });
        return files;
    }

    private void quarantine(Path file) {
        try {
            Path rejected = OwnerOnly.createDirectories(dir.resolve("rejected"));
            Files.move(file, rejected.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            log.error("spooled push cannot be opened with the current key; moved to spool/rejected");
        } catch (IOException e) {
            log.error("spooled push cannot be moved aside: {}", e.getClass().getSimpleName());
        }
    }
}
