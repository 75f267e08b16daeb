package org.lotus.mp.portal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat's safe-mode cipher: AES-256-CBC with the key from the EncodingAESKey and the IV its first 16 bytes, over
 * 16 random bytes, the big-endian length of the message, the message and the appid, padded PKCS#7 to 32 bytes.
 * Ciphers are kept per thread: building one costs more than using it.
 */
final class MessageCrypto {

    private static final int BLOCK = 32;

    private final byte[] appid;
    private final ThreadLocal<Cipher> decryptors;
    private final ThreadLocal<Cipher> encryptors;
    private final ThreadLocal<SecureRandom> randoms = ThreadLocal.withInitial(SecureRandom::new);

    MessageCrypto(String encodingAesKey, String appid) {
        byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
        if (key.length != 32) {
            throw new IllegalArgumentException("WX_AES_KEY must be the 43-character EncodingAESKey");
        }
        this.appid = appid.getBytes(StandardCharsets.UTF_8);
        SecretKeySpec spec = new SecretKeySpec(key, "AES");
        IvParameterSpec iv = new IvParameterSpec(Arrays.copyOfRange(key, 0, 16));
        this.decryptors = ThreadLocal.withInitial(() -> cipher(Cipher.DECRYPT_MODE, spec, iv));
        this.encryptors = ThreadLocal.withInitial(() -> cipher(Cipher.ENCRYPT_MODE, spec, iv));
    }

    /** The message inside {@code encrypted}; refuses it when it does not decrypt or names another appid. */
    byte[] decrypt(String encrypted) {
        byte[] plain;
        try {
            byte[] data = Base64.getDecoder().decode(encrypted.strip());
            if (data.length == 0 || data.length % 16 != 0) {
                throw PushRefusedException.malformed("encrypted message has an invalid length");
            }
            plain = decryptors.get().doFinal(data);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw PushRefusedException.malformed("encrypted message cannot be decrypted");
        }
        int pad = plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK || pad > plain.length) {
            throw PushRefusedException.malformed("encrypted message has invalid padding");
        }
        int end = plain.length - pad;
        if (end < 20) {
            throw PushRefusedException.malformed("encrypted message is too short");
        }
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (length < 0 || 20 + length > end) {
            throw PushRefusedException.malformed("encrypted message has an invalid length");
        }
        byte[] sender = Arrays.copyOfRange(plain, 20 + length, end);
        if (!MessageDigest.isEqual(sender, appid)) {
            throw PushRefusedException.forbidden("encrypted message is for another appid");
        }
        return Arrays.copyOfRange(plain, 20, 20 + length);
    }

    String encrypt(byte[] message) {
        byte[] random = new byte[16];
        randoms.get().nextBytes(random);
        return encrypt(random, message);
    }

    String encrypt(byte[] random16, byte[] message) {
        int length = 20 + message.length + appid.length;
        int pad = BLOCK - length % BLOCK;
        ByteBuffer buffer = ByteBuffer.allocate(length + pad)
                .put(random16, 0, 16)
                .putInt(message.length)
                .put(message)
                .put(appid);
        while (buffer.hasRemaining()) {
            buffer.put((byte) pad);
        }
        try {
            return Base64.getEncoder().encodeToString(encryptors.get().doFinal(buffer.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES encryption failed", e);
        }
    }

    String nonce() {
        return Long.toString(Math.abs(randoms.get().nextLong() % 10_000_000_000L));
    }

    private static Cipher cipher(int mode, SecretKeySpec key, IvParameterSpec iv) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, key, iv);
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CBC unavailable", e);
        }
    }
}
