package org.lotus.mp.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lotus.mp.LotusSettings;

/** Reader keys: generated owner-only on first start, stable afterwards, or taken from the environment. */
class ReaderKeysTest {

    @TempDir
    Path dataDir;

    ReaderKeys generated() {
        return new ReaderKeys(new ReaderKeySettings(null, null), new LotusSettings(dataDir, null));
    }

    @Test
    void generatesOwnerOnlyKeysOnceAndKeepsPseudonymsStable() throws Exception {
        String first = generated().pseudonym("oReader");

        assertThat(generated().pseudonym("oReader"))
                .isEqualTo(first)
                .hasSize(64)
                .doesNotContain("oReader");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("keys"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("keys/pseudonym.key"))))
                .isEqualTo("rw-------");
    }

    @Test
    void takesKeysFromTheEnvironmentWhenSet() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        ReaderKeys keys = new ReaderKeys(new ReaderKeySettings(key, key), new LotusSettings(dataDir, null));

        assertThat(keys.pseudonym("oReader")).isNotEqualTo(generated().pseudonym("oReader"));
        assertThat(Files.exists(dataDir.resolve("keys/encryption.key"))).isTrue();
    }

    @Test
    void sealsSoThatOnlyTheKeyOpens() throws Exception {
        ReaderKeys keys = generated();
        byte[] sealed = keys.seal("oReader".getBytes(StandardCharsets.UTF_8));

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("oReader");
        assertThat(keys.open(sealed)).asString(StandardCharsets.UTF_8).isEqualTo("oReader");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> keys.open(sealed)).isInstanceOf(GeneralSecurityException.class);
    }
}
