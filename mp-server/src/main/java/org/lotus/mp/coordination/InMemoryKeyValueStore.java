package org.lotus.mp.coordination;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Key-value store of a single instance; expired entries are swept as writes go by. */
public class InMemoryKeyValueStore implements KeyValueStore {

    private static final int SWEEP_EVERY = 1024;

    private record Entry(String value, Instant expiresAt) {
        boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger writes = new AtomicInteger();
    private final Clock clock;

    public InMemoryKeyValueStore() {
        this(Clock.systemUTC());
    }

    public InMemoryKeyValueStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        Instant now = clock.instant();
        boolean[] stored = {false};
        entries.compute(key, (k, current) -> {
            if (current != null && !current.expiredAt(now)) {
                return current;
            }
            stored[0] = true;
            return new Entry(value, now.plus(ttl));
        });
        afterWrite(now);
        return stored[0];
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        Instant now = clock.instant();
        entries.put(key, new Entry(value, now.plus(ttl)));
        afterWrite(now);
    }

    @Override
    public Optional<String> get(String key) {
        Entry entry = entries.get(key);
        if (entry == null || entry.expiredAt(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    @Override
    public long increment(String key, Duration ttl) {
        Instant now = clock.instant();
        Entry updated = entries.compute(key, (k, current) -> {
            if (current == null || current.expiredAt(now)) {
                return new Entry("1", now.plus(ttl));
            }
            return new Entry(Long.toString(Long.parseLong(current.value()) + 1), current.expiresAt());
        });
        afterWrite(now);
        return Long.parseLong(updated.value());
    }

    @Override
    public void delete(String key) {
        entries.remove(key);
    }

    /** Deletes the key only while it still holds {@code value}; true when it did. */
    public boolean deleteIfValue(String key, String value) {
        Entry entry = entries.get(key);
        return entry != null && entry.value().equals(value) && entries.remove(key, entry);
    }

    private void afterWrite(Instant now) {
        if (writes.incrementAndGet() % SWEEP_EVERY == 0) {
            entries.entrySet().removeIf(e -> e.getValue().expiredAt(now));
        }
    }
}
