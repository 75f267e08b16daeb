package org.lotus.mp.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, for a few minutes, the passwords it has just verified. The JSON API is HTTP Basic
 * and stateless: without this, every request pays a full bcrypt comparison (tens of milliseconds of CPU), more than
 * the work most requests ask for. Only successes are remembered, under an HMAC (with a key drawn at start and kept in
 * memory) of the stored hash and the password, never the password itself; a new password means a new stored hash, so
 * the old entry no longer matches. Accounts are still loaded on every request, so disabling one or changing its role
 * takes effect at once.
 */
final class VerifiedPasswords implements PasswordEncoder {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

    /** Enough for every staff member's scripts and browsers; past it the memory is simply cleared. */
    static final int MAX_ENTRIES = 1_024;

    private final PasswordEncoder delegate;
    private final Clock clock;
    private final SecretKeySpec key;
    /** HMAC of (stored hash, password) to the instant it stops counting. */
    private final Map<String, Long> verified = new ConcurrentHashMap<>();

    VerifiedPasswords(PasswordEncoder delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || encodedPassword.isEmpty()) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String fingerprint = fingerprint(rawPassword, encodedPassword);
        long now = clock.millis();
        Long until = verified.get(fingerprint);
        if (until != null && until > now) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(fingerprint, now + REMEMBERED_FOR.toMillis());
        } else if (until != null) {
            verified.remove(fingerprint);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
