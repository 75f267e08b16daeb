package org.lotus.mp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.lotus.mp.datadir.OwnerOnly;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code DATA_DIR} absolute and creates it owner-only before anything uses it: H2 refuses relative file paths,
 * and every feature should agree on one place whatever the working directory. Its permissions are checked once the
 * configuration is complete ({@link org.lotus.mp.datadir.DataDirectoryCheck}). Registered in spring.factories.
 */
public class DataDirectory implements EnvironmentPostProcessor, Ordered {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Path dir = Path.of(environment.getProperty("lotus.data-dir", "data"))
                .toAbsolutePath()
                .normalize();
        try {
            OwnerOnly.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("DATA_DIR " + dir + " cannot be created", e);
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("lotusDataDirectory", Map.of("lotus.data-dir", dir.toString())));
    }
}
