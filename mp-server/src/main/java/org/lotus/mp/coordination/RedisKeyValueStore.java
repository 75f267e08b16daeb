package org.lotus.mp.coordination;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Key-value store shared by all instances through Redis. When Redis cannot be reached, the instance carries on with
 * its own memory (the database remains the final guard against duplicates) and says so in the log once a minute.
 */
public class RedisKeyValueStore implements KeyValueStore {

    private static final Logger log = LoggerFactory.getLogger(RedisKeyValueStore.class);
    private static final RedisScript<Long> INCREMENT = RedisScript.of(
            "local v = redis.call('INCR', KEYS[1]) if v == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return v",
            Long.class);

    private final StringRedisTemplate redis;
    private final InMemoryKeyValueStore fallback;
    private final RedisOutageLog outages;

    public RedisKeyValueStore(StringRedisTemplate redis, InMemoryKeyValueStore fallback, RedisOutageLog outages) {
        this.redis = redis;
        this.fallback = fallback;
        this.outages = outages;
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        return withFallback(
                () -> Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, value, ttl)),
                () -> fallback.putIfAbsent(key, value, ttl));
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        withFallback(
                () -> {
                    redis.opsForValue().set(key, value, ttl);
                    return null;
                },
                () -> {
                    fallback.put(key, value, ttl);
                    return null;
                });
    }

    @Override
    public Optional<String> get(String key) {
        return withFallback(() -> Optional.ofNullable(redis.opsForValue().get(key)), () -> fallback.get(key));
    }

    @Override
    public long increment(String key, Duration ttl) {
        return withFallback(
                () -> redis.execute(INCREMENT, List.of(key), Long.toString(ttl.toMillis())),
                () -> fallback.increment(key, ttl));
    }

    @Override
    public void delete(String key) {
        withFallback(
                () -> {
                    redis.delete(key);
                    fallback.delete(key);
                    return null;
                },
                () -> {
                    fallback.delete(key);
                    return null;
                });
    }

    private <T> T withFallback(Supplier<T> remote, Supplier<T> local) {
        try {
            T result = remote.get();
            outages.recovered();
            return result;
        } catch (DataAccessException e) {
            outages.failed(e);
            return local.get();
        }
    }

    /** Logs the start and end of a Redis outage without flooding the log on every call. */
    public static class RedisOutageLog {

        private static final long QUIET_MILLIS = 60_000;
        private volatile long lastWarning;
        private volatile boolean down;

        void failed(DataAccessException e) {
            long now = System.currentTimeMillis();
            if (!down || now - lastWarning > QUIET_MILLIS) {
                log.warn(
                        "Redis unreachable, using this instance's memory instead: {}",
                        e.getClass().getSimpleName());
                lastWarning = now;
            }
            down = true;
        }

        void recovered() {
            if (down) {
                down = false;
                log.info("Redis reachable again");
            }
        }
    }
}
