package org.lotus.mp.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lotus.mp.LotusSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests on the embedded default: H2 in a data directory made for this test run, the instance's own memory
 * for cache and locks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class EmbeddedTest {

    public static final String ADMIN = "coordination";
    public static final String ADMIN_PASSWORD = "correct-horse-battery-staple";

    @Autowired
    private LotusSettings lotusSettings;

    /** Each application context gets its own data directory, so no context's jobs pick up another's work. */
    @DynamicPropertySource
    static void embeddedProperties(DynamicPropertyRegistry registry) {
        Path dataDir = createDataDir();
        registry.add("lotus.data-dir", dataDir::toString);
        registry.add("admin.username", () -> ADMIN);
        registry.add("admin.password", () -> ADMIN_PASSWORD);
        registry.add("lotus.login.address-failures", () -> "40");
        // Without wx.appid the application would start in demo mode; these tests check the plain embedded default.
        registry.add("lotus.demo", () -> "false");
    }

    /** This test's data directory (the H2 database, media, spool, keys). */
    protected Path dataDir() {
        return lotusSettings.dataDir();
    }

    public static Path createDataDir() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target"), "embedded-data-")
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
