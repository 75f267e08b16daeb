package org.lotus.mp.coordination;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;

/**
 * Key-value store of a single instance on Caffeine: each entry expires after its own time to live (timer wheel,
 * amortised O(1)), and the store holds at most {@link #DEFAULT_MAXIMUM_SIZE} entries. Past the bound the least useful
 * entries are evicted first; lock leases weigh nothing and are never evicted (docs/adr/0013).
 */
public class InMemoryKeyValueStore implements KeyValueStore {

    /**
     * About 12 MB at ~230 bytes an entry: at WeChat's real rates entries expire long before, and under a flood a small
     * bound keeps evicted entries young, which keeps garbage collection short (docs/PERFORMANCE.md, docs/adr/0013).
     */
    public static final long DEFAULT_MAXIMUM_SIZE = 50_000;

    static final String LOCK_PREFIX = "lock:";

    /** A value and the time to live it was written with; {@code keepsExpiry} marks an update that must not extend it. */
    private record Entry(String value, long ttlNanos, boolean keepsExpiry) {}

    /** Values at least this long are shared between entries: a section's reply is the same for every reader. */
    private static final int SHARED_VALUE_LENGTH = 64;

    private final Cache<String, Entry> cache;
    private final ConcurrentMap<String, Entry> entries;
    private final Cache<String, String> sharedValues =
            Caffeine.newBuilder().maximumSize(4_096).executor(Runnable::run).build();

    public InMemoryKeyValueStore() {
        this(Ticker.systemTicker(), DEFAULT_MAXIMUM_SIZE);
    }

    /** A store reading time from {@code clock}, for tests. */
    public InMemoryKeyValueStore(Clock clock) {
        this(() -> clock.millis() * 1_000_000L, DEFAULT_MAXIMUM_SIZE);
    }

    public InMemoryKeyValueStore(Ticker ticker, long maximumSize) {
        this.cache = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(Runnable::run)
                .maximumWeight(maximumSize)
                .weigher((String key, Entry entry) -> key.startsWith(LOCK_PREFIX) ? 0 : 1)
                .expireAfter(new Expiry<String, Entry>() {
                    @Override
                    public long expireAfterCreate(String key, Entry entry, long now) {
                        return entry.ttlNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String key, Entry entry, long now, long remaining) {
                        return entry.keepsExpiry() ? remaining : entry.ttlNanos();
                    }

                    @Override
                    public long expireAfterRead(String key, Entry entry, long now, long remaining) {
                        return remaining;
                    }
                })
                .build();
        this.entries = cache.asMap();
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        return entries.putIfAbsent(key, new Entry(shared(value), ttl.toNanos(), false)) == null;
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        entries.put(key, new Entry(shared(value), ttl.toNanos(), false));
    }

    @Override
    public Optional<String> get(String key) {
        Entry entry = entries.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    @Override
    public long increment(String key, Duration ttl) {
        Entry updated = entries.compute(
                key,
                (k, current) -> current == null
                        ? new Entry("1", ttl.toNanos(), false)
                        : new Entry(Long.toString(Long.parseLong(current.value()) + 1), current.ttlNanos(), true));
        return Long.parseLong(updated.value());
    }

    @Override
    public void delete(String key) {
        entries.remove(key);
    }

    /** Deletes the key only while it still holds {@code value}; true when it did. */
    public boolean deleteIfValue(String key, String value) {
        boolean[] deleted = {false};
        entries.computeIfPresent(key, (k, current) -> {
            if (current.value().equals(value)) {
                deleted[0] = true;
                return null;
            }
            return current;
        });
        return deleted[0];
    }

    private String shared(String value) {
        return value.length() < SHARED_VALUE_LENGTH ? value : sharedValues.get(value, v -> v);
    }

    /** How long the key has left, when it is held. */
    public Optional<Duration> timeToLive(String key) {
        return cache.policy()
                .expireVariably()
                .flatMap(expiry -> expiry.getExpiresAfter(key))
                .filter(left -> !left.isNegative() && !left.isZero());
    }

    /** Entries held now, expired ones not yet dropped included (an upper bound, for figures and tests). */
    public long size() {
        return cache.estimatedSize();
    }

    /** Drops expired entries and settles evictions now rather than on later writes (tests and measurements). */
    public void cleanUp() {
        cache.cleanUp();
    }
}
