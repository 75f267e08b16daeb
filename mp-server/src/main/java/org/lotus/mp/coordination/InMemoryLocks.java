package org.lotus.mp.coordination;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** Locks of a single instance, kept in the in-memory key-value store so leases expire the same way. */
public class InMemoryLocks implements Locks {

    private final InMemoryKeyValueStore store;

    public InMemoryLocks(InMemoryKeyValueStore store) {
        this.store = store;
    }

    @Override
    public Optional<Lease> tryAcquire(String name, Duration lease) {
        String key = "lock:" + name;
        String owner = UUID.randomUUID().toString();
        if (!store.putIfAbsent(key, owner, lease)) {
            return Optional.empty();
        }
        return Optional.of(() -> store.deleteIfValue(key, owner));
    }
}
