package org.lotus.mp.coordination;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** Locks shared by all instances: SET NX PX with an owner token, released only by its owner. */
public class RedisLocks implements Locks {

    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end",
            Long.class);

    private final StringRedisTemplate redis;
    private final InMemoryLocks fallback;
    private final RedisKeyValueStore.RedisOutageLog outages;

    public RedisLocks(StringRedisTemplate redis, InMemoryLocks fallback, RedisKeyValueStore.RedisOutageLog outages) {
        this.redis = redis;
        this.fallback = fallback;
        this.outages = outages;
    }

    @Override
    public Optional<Lease> tryAcquire(String name, Duration lease) {
        String key = "lock:" + name;
        String owner = UUID.randomUUID().toString();
        try {
            if (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, owner, lease))) {
                return Optional.empty();
            }
            outages.recovered();
        } catch (DataAccessException e) {
            outages.failed(e);
            return fallback.tryAcquire(name, lease);
        }
        return Optional.of(() -> {
            try {
                redis.execute(RELEASE, List.of(key), owner);
            } catch (DataAccessException e) {
                outages.failed(e);
            }
        });
    }
}
