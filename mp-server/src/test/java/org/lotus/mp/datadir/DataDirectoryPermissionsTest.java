package org.lotus.mp.datadir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lotus.mp.LotusApplication;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** DATA_DIR and everything in it stay owner-only, and a start on a shared one is refused. */
class DataDirectoryPermissionsTest {

    @TempDir
    Path tmp;

    static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    static ConfigurableApplicationContext start(Path dataDir, String... more) {
        String[] args = Stream.concat(
                        Stream.of(
                                "--server.port=0",
                                "--lotus.demo=false",
                                "--lotus.data-dir=" + dataDir,
                                "--admin.username=" + EmbeddedTest.ADMIN,
                                "--admin.password=" + EmbeddedTest.ADMIN_PASSWORD),
                        Stream.of(more))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(LotusApplication.class).run(args);
    }

    @Test
    void createsAFreshDataDirectoryAndItsDatabaseOwnerOnly() throws Exception {
        Path dataDir = tmp.resolve("fresh/data");

        try (ConfigurableApplicationContext app = start(dataDir)) {
            assertThat(permissions(dataDir)).isEqualTo("rwx------");
            assertThat(OwnerOnly.firstShared(dataDir)).isEmpty();
            assertThat(permissions(dataDir.resolve("lotus.mv.db"))).isEqualTo("rw-------");
            assertThat(permissions(dataDir.resolve("keys"))).isEqualTo("rwx------");
        }
        // And it starts again on what it left.
        try (ConfigurableApplicationContext again = start(dataDir)) {
            assertThat(again.isRunning()).isTrue();
        }
    }

    @Test
    void tightensWhatOtherCodeCreatedWithTheUmask() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("d/media"));
        Path file = Files.write(dir.resolve("1.jpg"), new byte[] {1});
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(OwnerOnly.tighten(tmp.resolve("d"))).isGreaterThanOrEqualTo(2);

        assertThat(permissions(dir)).isEqualTo("rwx------");
        assertThat(permissions(file)).isEqualTo("rw-------");
    }

    @Test
    void makesAFileInsideThatTheGroupCouldReadOwnerOnlyAtStart() throws Exception {
        Path dataDir = Files.createDirectories(tmp.resolve("inside"));
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        Path spool = Files.createDirectories(dataDir.resolve("spool"));
        Path pushed = Files.write(spool.resolve("x.push"), new byte[0]);
        Files.setPosixFilePermissions(spool, PosixFilePermissions.fromString("rwxr-x---"));
        Files.setPosixFilePermissions(pushed, PosixFilePermissions.fromString("rw-r-----"));

        try (ConfigurableApplicationContext app = start(dataDir)) {
            assertThat(permissions(spool)).isEqualTo("rwx------");
            assertThat(permissions(pushed)).isEqualTo("rw-------");
        }
    }

    @Test
    void makesAnEmptyDataDirectoryJustMadeWithTheUmaskOwnerOnly() throws Exception {
        Path dataDir = Files.createDirectories(tmp.resolve("made-by-mkdir"));
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));

        try (ConfigurableApplicationContext app = start(dataDir)) {
            assertThat(app.isRunning()).isTrue();
            assertThat(Files.getPosixFilePermissions(dataDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(OwnerOnly.firstShared(dataDir)).isEmpty();
        }
    }

    @Nested
    class RefusesToStart {

        @Test
        void whenOthersCanReadTheDataDirectoryAndSomethingIsInIt() throws Exception {
            Path dataDir = Files.createDirectories(tmp.resolve("shared"));
            Files.writeString(dataDir.resolve("lotus.mv.db"), "");
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));

            assertThatThrownBy(() -> start(dataDir))
                    .isInstanceOf(DataDirectoryShared.class)
                    .hasMessage("DATA_DIR is readable by other users: " + dataDir + " (rwxr-xr-x)");
        }

        @Test
        void unlessSharingIsAllowedExplicitly() throws Exception {
            Path dataDir = Files.createDirectories(tmp.resolve("allowed"));
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-x---"));

            try (ConfigurableApplicationContext app = start(dataDir, "--lotus.allow-shared-data-dir=true")) {
                assertThat(app.isRunning()).isTrue();
            }
        }
    }
}
