package org.lotus.mp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.ProdTest;
import org.lotus.mp.support.RunningJar;

/** The executable jar started as the README says, in both modes. */
class JarStartIT {

    private static final Duration START = Duration.ofSeconds(90);

    @Test
    void startsOnTheEmbeddedDefaultAndPrintsAGeneratedAdminPasswordOnce() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "jar-data-");
        String password;
        try (RunningJar jar = RunningJar.start(Map.of("DATA_DIR", dataDir.toString()))) {
            assertThat(jar.awaitHealthy(START)).as(jar::outputOrEmpty).isTrue();
            assertThat(jar.get("/actuator/health", null).body()).isEqualTo("{\"status\":\"UP\"}");
            Matcher matcher = Pattern.compile("username 'admin', generated password: (\\S+)")
                    .matcher(jar.output());
            assertThat(matcher.find()).isTrue();
            password = matcher.group(1);
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertThat(jar.get("/api/me", "admin:" + password).statusCode()).isEqualTo(200);
            // a generated password is to be replaced at the first sign-in: nothing else until then
            assertThat(jar.get("/api/staff", "admin:" + password).statusCode()).isEqualTo(403);
            assertThat(jar.get("/api/me", null).statusCode()).isEqualTo(401);
        }
        assertThat(Files.exists(dataDir.resolve("lotus.mv.db"))).isTrue();

        try (RunningJar again = RunningJar.start(Map.of("DATA_DIR", dataDir.toString()))) {
            assertThat(again.awaitHealthy(START)).isTrue();
            assertThat(again.output()).doesNotContain("generated password");
            assertThat(again.get("/api/me", "admin:" + password).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void refusesADataDirectoryOthersCanReadWithOneClearLine() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "jar-shared-");
        Files.writeString(dataDir.resolve("lotus.mv.db"), "");
        Files.setPosixFilePermissions(dataDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        try (RunningJar jar = RunningJar.start(Map.of("DATA_DIR", dataDir.toString()))) {
            assertThat(jar.awaitExit(START)).isNotZero();
            assertThat(jar.output())
                    .contains("Lotus cannot start: DATA_DIR is readable by other users: " + dataDir.toAbsolutePath())
                    .contains("LOTUS_ALLOW_SHARED_DATA_DIR=true")
                    .doesNotContain("\tat ");
        }
    }

    @Nested
    class OnTheProdProfile {

        @Test
        void startsOnMariaDbAndRedis() throws Exception {
            try (RunningJar jar = RunningJar.start(prod(ProdTest.databaseUrl(), ProdTest.redisUrl()))) {
                assertThat(jar.awaitHealthy(START)).as(jar::outputOrEmpty).isTrue();
            }
        }

        @Test
        void exitsWithOneClearLineWhenTheDatabaseIsDown() throws Exception {
            try (RunningJar jar = RunningJar.start(prod("jdbc:mysql://127.0.0.1:1/lotus_test", ProdTest.redisUrl()))) {
                assertThat(jar.awaitExit(START)).isNotZero();
                assertThat(jar.output())
                        .contains(
                                "Lotus cannot start: The database (MySQL) is unreachable at mysql://127.0.0.1:1/lotus_test")
                        .doesNotContain("HikariPool");
            }
        }

        @Test
        void exitsWithOneClearLineWhenRedisIsDown() throws Exception {
            try (RunningJar jar = RunningJar.start(prod(ProdTest.databaseUrl(), "redis://127.0.0.1:1"))) {
                assertThat(jar.awaitExit(START)).isNotZero();
                assertThat(jar.output()).contains("Lotus cannot start: Redis is unreachable at 127.0.0.1:1");
            }
        }

        private Map<String, String> prod(String databaseUrl, String redisUrl) throws Exception {
            return Map.of(
                    "SPRING_PROFILES_ACTIVE",
                    "prod",
                    "SPRING_DATASOURCE_URL",
                    databaseUrl,
                    "SPRING_DATASOURCE_USERNAME",
                    "root",
                    "SPRING_DATASOURCE_PASSWORD",
                    "",
                    "SPRING_DATA_REDIS_URL",
                    redisUrl,
                    "DATA_DIR",
                    Files.createTempDirectory(Path.of("target"), "jar-prod-").toString(),
                    "ADMIN_USERNAME",
                    ProdTest.ADMIN,
                    "ADMIN_PASSWORD",
                    ProdTest.ADMIN_PASSWORD);
        }
    }
}
