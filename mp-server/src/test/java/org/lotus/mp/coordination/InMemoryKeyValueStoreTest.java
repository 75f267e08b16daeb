package org.lotus.mp.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class InMemoryKeyValueStoreTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final InMemoryKeyValueStore store = new InMemoryKeyValueStore(clock);

    @Test
    void storesOnlyTheFirstValueUntilItExpires() {
        assertThat(store.putIfAbsent("k", "a", Duration.ofSeconds(60))).isTrue();
        assertThat(store.putIfAbsent("k", "b", Duration.ofSeconds(60))).isFalse();
        assertThat(store.get("k")).contains("a");

        now.set(now.get().plusSeconds(61));

        assertThat(store.get("k")).isEmpty();
        assertThat(store.putIfAbsent("k", "b", Duration.ofSeconds(60))).isTrue();
    }

    @Test
    void countsWithinTheWindowAndRestartsAfterIt() {
        assertThat(store.increment("c", Duration.ofMinutes(1))).isEqualTo(1);
        assertThat(store.increment("c", Duration.ofMinutes(1))).isEqualTo(2);
        now.set(now.get().plusSeconds(30));
        assertThat(store.increment("c", Duration.ofMinutes(1))).isEqualTo(3);
        now.set(now.get().plusSeconds(31));
        assertThat(store.increment("c", Duration.ofMinutes(1))).isEqualTo(1);
    }

    @Test
    void lockIsExclusiveAndReleasedOnlyByItsHolder() {
        InMemoryLocks locks = new InMemoryLocks(store);
        var first = locks.tryAcquire("job", Duration.ofSeconds(30));
        assertThat(first).isPresent();
        assertThat(locks.tryAcquire("job", Duration.ofSeconds(30))).isEmpty();

        now.set(now.get().plusSeconds(31));
        var second = locks.tryAcquire("job", Duration.ofSeconds(30));
        assertThat(second).isPresent();

        first.get().close();
        assertThat(locks.tryAcquire("job", Duration.ofSeconds(30))).isEmpty();
        second.get().close();
        assertThat(locks.tryAcquire("job", Duration.ofSeconds(30))).isPresent();
    }
}
