package org.lotus.mp.readers;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Key rotation, an operator's explicit act: with {@code LOTUS_KEYS_ROTATE=true} every reader is re-keyed at start
 * to the current keys; {@code LOTUS_KEYS_PREVIOUS_ENCRYPTION_KEY} (base64) opens ids sealed with the old key.
 */
@ConfigurationProperties("lotus.keys")
public record KeyRotationSettings(boolean rotate, String previousEncryptionKey) {

    @Override
    public String toString() {
        return "KeyRotationSettings[rotate=" + rotate + ", previousEncryptionKey="
                + (previousEncryptionKey == null ? "unset" : "set") + "]";
    }
}
