package org.lotus.mp.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordsTest {

    /** Counts comparisons; "hash:x" is the encoding of x. */
    static final class CountingEncoder implements PasswordEncoder {
        int comparisons;

        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            comparisons++;
            return encoded != null && raw != null && encoded.equals("hash:" + raw);
        }
    }

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-29T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final CountingEncoder delegate = new CountingEncoder();
    final MovableClock clock = new MovableClock();
    final VerifiedPasswords encoder = new VerifiedPasswords(delegate, clock);

    @Test
    void aVerifiedPasswordIsNotComparedAgainForAFewMinutes() {
        String hash = encoder.encode("correct horse");
        assertThat(encoder.matches("correct horse", hash)).isTrue();
        assertThat(encoder.matches("correct horse", hash)).isTrue();
        assertThat(encoder.matches("correct horse", hash)).isTrue();
        assertThat(delegate.comparisons).isEqualTo(1);

        clock.now = clock.now.plus(VerifiedPasswords.REMEMBERED_FOR).plusSeconds(1);
        assertThat(encoder.matches("correct horse", hash)).isTrue();
        assertThat(delegate.comparisons).isEqualTo(2);
    }

    @Test
    void wrongPasswordsAreComparedEveryTime() {
        String hash = encoder.encode("correct horse");
        assertThat(encoder.matches("wrong", hash)).isFalse();
        assertThat(encoder.matches("wrong", hash)).isFalse();
        assertThat(delegate.comparisons).isEqualTo(2);
    }

    @Test
    void aNewPasswordHashForgetsTheOldPassword() {
        String oldHash = encoder.encode("old password");
        assertThat(encoder.matches("old password", oldHash)).isTrue();
        String newHash = encoder.encode("new password");
        assertThat(encoder.matches("old password", newHash)).isFalse();
        assertThat(encoder.matches("new password", newHash)).isTrue();
    }

    @Test
    void missingValuesGoStraightToTheDelegate() {
        assertThat(encoder.matches(null, "hash:x")).isFalse();
        assertThat(encoder.matches("x", null)).isFalse();
        assertThat(encoder.matches("x", "")).isFalse();
    }

    @Test
    void memoryStaysBounded() {
        for (int i = 0; i < VerifiedPasswords.MAX_ENTRIES * 3; i++) {
            assertThat(encoder.matches("p" + i, "hash:p" + i)).isTrue();
        }
        int before = delegate.comparisons;
        assertThat(encoder.matches(
                        "p" + (VerifiedPasswords.MAX_ENTRIES * 3 - 1),
                        "hash:p" + (VerifiedPasswords.MAX_ENTRIES * 3 - 1)))
                .isTrue();
        assertThat(delegate.comparisons).isEqualTo(before);
    }
}
