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

    @Test
    void incrementKeepsTheExpiryOfTheFirstCount() {
        store.increment("c", Duration.ofSeconds(60));
        now.set(now.get().plusSeconds(59));
        assertThat(store.increment("c", Duration.ofSeconds(60))).isEqualTo(2);
        now.set(now.get().plusSeconds(2));
        assertThat(store.get("c")).isEmpty();
    }

    @Test
    void eachEntryExpiresAfterItsOwnTimeToLive() {
        store.put("short", "a", Duration.ofSeconds(10));
        store.put("long", "b", Duration.ofSeconds(600));
        now.set(now.get().plusSeconds(11));
        assertThat(store.get("short")).isEmpty();
        assertThat(store.get("long")).contains("b");
    }

    @Test
    void holdsNoMoreThanItsBoundAndKeepsLockLeases() {
        InMemoryKeyValueStore bounded =
                new InMemoryKeyValueStore(() -> now.get().toEpochMilli() * 1_000_000L, 1_000);
        InMemoryLocks locks = new InMemoryLocks(bounded);
        var lease = locks.tryAcquire("retention", Duration.ofMinutes(30));
        for (int i = 0; i < 50_000; i++) {
            bounded.put("wx:reply:" + i, "T收到", Duration.ofMinutes(1));
        }
        bounded.cleanUp();

        assertThat(bounded.size()).isLessThanOrEqualTo(1_001);
        assertThat(lease).isPresent();
        assertThat(locks.tryAcquire("retention", Duration.ofMinutes(30))).isEmpty();
    }

    @Test
    void dropsExpiredEntriesWithoutAnyReadOfThem() {
        for (int i = 0; i < 10_000; i++) {
            store.put("wx:nonce:" + i, "digest", Duration.ofSeconds(300));
        }
        now.set(now.get().plusSeconds(301));
        store.put("later", "x", Duration.ofSeconds(300));
        store.cleanUp();

        assertThat(store.size()).isEqualTo(1);
    }
}
