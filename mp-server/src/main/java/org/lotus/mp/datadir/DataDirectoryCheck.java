package org.lotus.mp.datadir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before anything opens a file in it, refuses a DATA_DIR that group or others may enter or read and that holds
 * something ({@code LOTUS_ALLOW_SHARED_DATA_DIR=true} accepts it; an empty one of ours, as {@code mkdir -p} leaves it
 * with the usual umask, is simply made 700), then makes what is inside owner-only: files written with the
 * process umask by libraries (H2 writes its trace file while stopping) are out of others' reach behind a 700
 * directory, and are made 600 too. Runs when the configuration is complete, tests' included. Registered in
 * spring.factories.
 */
public class DataDirectoryCheck implements ApplicationListener<ApplicationPreparedEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryCheck.class);

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        ConfigurableEnvironment env = event.getApplicationContext().getEnvironment();
        Path dir = Path.of(env.getProperty("lotus.data-dir", "data")).toAbsolutePath();
        try {
            OwnerOnly.createDirectories(dir);
            if (env.getProperty("lotus.allow-shared-data-dir", Boolean.class, false)) {
                return;
            }
            Optional<String> shared = OwnerOnly.sharedDirectory(dir);
            if (shared.isPresent()) {
                if (!emptyAndOurs(dir)) {
                    throw new DataDirectoryShared(shared.get());
                }
                // Just made with the umask (mkdir -p): nothing in it was ever open to others.
                log.warn("DATA_DIR was empty and open to other users: made owner-only (700): {}", dir);
            }
            OwnerOnly.tighten(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("DATA_DIR " + dir + " cannot be read", e);
        }
    }

    /** Nothing inside, and owned by the user this process runs as. */
    private static boolean emptyAndOurs(Path dir) throws IOException {
        try (Stream<Path> inside = Files.list(dir)) {
            if (inside.findAny().isPresent()) {
                return false;
            }
        }
        return Files.getOwner(dir).getName().equals(System.getProperty("user.name"));
    }
}
