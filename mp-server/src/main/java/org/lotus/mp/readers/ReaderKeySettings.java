package org.lotus.mp.readers;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Base64 keys from {@code LOTUS_PSEUDONYM_KEY} (HMAC-SHA256 of openids) and {@code LOTUS_ENCRYPTION_KEY} (AES-GCM,
 * 16, 24 or 32 bytes). When unset, keys are generated once into {@code DATA_DIR/keys/}.
 */
@ConfigurationProperties("lotus")
public record ReaderKeySettings(String pseudonymKey, String encryptionKey) {

    @Override
    public String toString() {
        return "ReaderKeySettings[pseudonymKey=" + (pseudonymKey == null ? "generated" : "set") + ", encryptionKey="
                + (encryptionKey == null ? "generated" : "set") + "]";
    }
}
