package org.lotus.mp.readers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opens what was sealed with the current key or, while keys are rotated, with the previous one, and seals it again
 * with the current key. Handed to every {@link KeyRotationStep}.
 */
public final class Rekeying {

    /** A sealed value opened; {@code stale} when it was sealed with the previous key and must be sealed again. */
    public record Opened(String text, boolean stale) {}

    private final ReaderKeys keys;
    private final SecretKeySpec previous;

    Rekeying(ReaderKeys keys, SecretKeySpec previous) {
        this.keys = keys;
        this.previous = previous;
    }

    /** Throws when neither key opens the value. */
    public Opened open(String sealed) throws GeneralSecurityException {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        try {
            return new Opened(new String(keys.open(bytes), StandardCharsets.UTF_8), false);
        } catch (GeneralSecurityException current) {
            if (previous == null) {
                throw current;
            }
            return new Opened(new String(ReaderKeys.openWith(previous, bytes), StandardCharsets.UTF_8), true);
        }
    }

    /** The value sealed with the current key: unchanged when it already is. */
    public String current(String sealed) throws GeneralSecurityException {
        if (sealed == null) {
            return null;
        }
        Opened opened = open(sealed);
        return opened.stale() ? keys.sealText(opened.text()) : sealed;
    }
}
