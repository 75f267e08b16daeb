package org.lotus.mp.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests on the {@code prod} profile against the real MariaDB and Redis of the machine (see .ci/run):
 * database {@code lotus_test}, overridable with LOTUS_TEST_DB_URL and LOTUS_TEST_REDIS_URL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("prod")
public abstract class ProdTest {

    public static final String ADMIN = "coordination";
    public static final String ADMIN_PASSWORD = "correct-horse-battery-staple";

    @DynamicPropertySource
    static void prodProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", ProdTest::databaseUrl);
        registry.add("spring.datasource.username", () -> env("LOTUS_TEST_DB_USER", "root"));
        registry.add("spring.datasource.password", () -> env("LOTUS_TEST_DB_PASSWORD", ""));
        registry.add("spring.data.redis.url", ProdTest::redisUrl);
        java.nio.file.Path dataDir = EmbeddedTest.createDataDir();
        registry.add("lotus.data-dir", dataDir::toString);
        registry.add("admin.username", () -> ADMIN);
        registry.add("admin.password", () -> ADMIN_PASSWORD);
        registry.add("lotus.login.address-failures", () -> "1000000");
        registry.add("lotus.demo", () -> "false");
    }

    public static String databaseUrl() {
        return env(
                "LOTUS_TEST_DB_URL",
                "jdbc:mysql://127.0.0.1:3306/lotus_test?createDatabaseIfNotExist=true&characterEncoding=utf8");
    }

    public static String redisUrl() {
        return env("LOTUS_TEST_REDIS_URL", "redis://127.0.0.1:6379");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
