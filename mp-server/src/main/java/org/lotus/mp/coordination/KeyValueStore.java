package org.lotus.mp.coordination;

import java.time.Duration;
import java.util.Optional;

/** Short-lived shared values: deduplication marks, replay protection, counters. */
public interface KeyValueStore {

    /** Stores the value only when the key is absent; true when this call stored it. */
    boolean putIfAbsent(String key, String value, Duration ttl);

    void put(String key, String value, Duration ttl);

    Optional<String> get(String key);

    /** Adds one to a counter, starting its expiry when it is created; returns the new count. */
    long increment(String key, Duration ttl);

    void delete(String key);
}
