package org.lotus.mp.coordination;

import java.time.Duration;
import java.util.Optional;

/** Mutual exclusion across threads, and across instances when backed by Redis. */
public interface Locks {

    /** Takes the named lock without waiting; the lease ends by itself after {@code lease}. */
    Optional<Lease> tryAcquire(String name, Duration lease);

    /** A held lock; closing it releases the lock if this holder still owns it. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }
}
