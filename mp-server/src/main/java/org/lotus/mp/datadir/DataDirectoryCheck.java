package org.lotus.mp.datadir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before anything opens a file in it, refuses a DATA_DIR that group or others may enter or read
 * ({@code LOTUS_ALLOW_SHARED_DATA_DIR=true} accepts it), then makes what is inside owner-only: files written with the
 * process umask by libraries (H2 writes its trace file while stopping) are out of others' reach behind a 700
 * directory, and are made 600 too. Runs when the configuration is complete, tests' included. Registered in
 * spring.factories.
 */
public class DataDirectoryCheck implements ApplicationListener<ApplicationPreparedEvent>, Ordered {

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
            OwnerOnly.sharedDirectory(dir).ifPresent(shared -> {
                throw new DataDirectoryShared(shared);
            });
            OwnerOnly.tighten(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("DATA_DIR " + dir + " cannot be read", e);
        }
    }
}
