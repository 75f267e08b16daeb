package org.lotus.mp.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** WeChat's callback signature: SHA-1 of the sorted, concatenated parts, compared in constant time. */
final class CallbackSignature {

    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private CallbackSignature() {}

    static String sign(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        MessageDigest sha1 = SHA1.get();
        for (String part : sorted) {
            sha1.update(part.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha1.digest());
    }

    /** True when {@code given} is the signature of {@code parts}; the comparison time does not depend on the value. */
    static boolean matches(String given, String... parts) {
        if (given == null) {
            return false;
        }
        byte[] expected = sign(parts).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = given.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }
}
