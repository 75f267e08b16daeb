package org.lotus.mp.readers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.lotus.mp.LotusSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The two reader keys: one makes pseudonyms (HMAC-SHA256), the other seals what must stay readable to us alone
 * (AES-GCM, a random 12-byte nonce in front of each sealed value).
 */
@Component
public class ReaderKeys {

    private static final Logger log = LoggerFactory.getLogger(ReaderKeys.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec pseudonymKey;
    private final SecretKeySpec encryptionKey;
    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Mac> macs;

    ReaderKeys(ReaderKeySettings settings, LotusSettings lotus) {
        Path dir = lotus.dataDir().resolve("keys");
        this.pseudonymKey =
                new SecretKeySpec(load(settings.pseudonymKey(), dir.resolve("pseudonym.key"), 32), "HmacSHA256");
        this.encryptionKey =
                new SecretKeySpec(load(settings.encryptionKey(), dir.resolve("encryption.key"), 32), "AES");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** The reader's pseudonym: 64 lowercase hex characters, stable for as long as the key is. */
    public String pseudonym(String openid) {
        return HexFormat.of().formatHex(mac(openid.getBytes(StandardCharsets.UTF_8)));
    }

    /** A keyed digest of any text, for keys that must not reveal what they were made from. */
    public byte[] mac(byte[] data) {
        return macs.get().doFinal(data);
    }

    public byte[] seal(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** Opens a value sealed with this key; throws when it was altered or sealed with another key. */
    public byte[] open(byte[] sealed) throws GeneralSecurityException {
        return openWith(encryptionKey, sealed);
    }

    /** Opens a value sealed with the given key: the previous one, while keys are rotated. */
    static byte[] openWith(SecretKeySpec key, byte[] sealed) throws GeneralSecurityException {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new GeneralSecurityException("sealed value too short");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
        return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    }

    public String sealText(String plain) {
        return Base64.getEncoder().encodeToString(seal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    public String openText(String sealed) throws GeneralSecurityException {
        return new String(open(Base64.getDecoder().decode(sealed)), StandardCharsets.UTF_8);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(pseudonymKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private static byte[] load(String configured, Path file, int generatedLength) {
        if (configured != null && !configured.isBlank()) {
            return checked(
                    Base64.getDecoder().decode(configured.trim()),
                    file.getFileName().toString());
        }
        try {
            if (!Files.exists(file)) {
                generate(file, generatedLength);
            }
            return checked(Base64.getDecoder().decode(Files.readString(file).trim()), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("reader key " + file + " cannot be read or created", e);
        }
    }

    private static void generate(Path file, int length) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        restrict(dir, "rwx------");
        byte[] key = new byte[length];
        new SecureRandom().nextBytes(key);
        Path temp = Files.createTempFile(dir, "key-", ".tmp");
        restrict(temp, "rw-------");
        Files.writeString(temp, Base64.getEncoder().encodeToString(key), StandardOpenOption.SYNC);
        try {
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temp);
        }
        log.warn(
                "Reader key generated in {}; set LOTUS_PSEUDONYM_KEY and LOTUS_ENCRYPTION_KEY when several instances run",
                dir);
    }

    private static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the directory's own access rules apply.
        }
    }

    private static byte[] checked(byte[] key, String name) {
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalStateException("reader key " + name + " must be 16, 24 or 32 bytes (base64)");
        }
        return key;
    }
}
