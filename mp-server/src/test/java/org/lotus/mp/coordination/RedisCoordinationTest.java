package org.lotus.mp.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.ProdTest;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The Redis adapters against the machine's real Redis, and their fallback when Redis is gone. */
class RedisCoordinationTest {

    private final String prefix = "test:" + UUID.randomUUID() + ":";
    private final LettuceConnectionFactory factory = connect(ProdTest.redisUrl());
    private final StringRedisTemplate redis = template(factory);
    private final RedisKeyValueStore.RedisOutageLog outages = new RedisKeyValueStore.RedisOutageLog();
    private final RedisKeyValueStore store = new RedisKeyValueStore(redis, new InMemoryKeyValueStore(), outages);
    private final RedisLocks locks = new RedisLocks(redis, new InMemoryLocks(new InMemoryKeyValueStore()), outages);

    @AfterEach
    void close() {
        redis.delete(redis.keys(prefix + "*"));
        redis.delete(redis.keys("lock:" + prefix + "*"));
        factory.destroy();
    }

    @Test
    void putIfAbsentIsSharedThroughRedis() {
        assertThat(store.putIfAbsent(prefix + "msg", "1", Duration.ofSeconds(60)))
                .isTrue();
        var otherInstance =
                new RedisKeyValueStore(redis, new InMemoryKeyValueStore(), new RedisKeyValueStore.RedisOutageLog());
        assertThat(otherInstance.putIfAbsent(prefix + "msg", "2", Duration.ofSeconds(60)))
                .isFalse();
        assertThat(redis.getExpire(prefix + "msg")).isBetween(1L, 60L);
    }

    @Test
    void counterStartsItsExpiryWhenCreated() {
        assertThat(store.increment(prefix + "count", Duration.ofSeconds(90))).isEqualTo(1);
        assertThat(store.increment(prefix + "count", Duration.ofSeconds(90))).isEqualTo(2);
        assertThat(redis.getExpire(prefix + "count")).isBetween(1L, 90L);
    }

    @Test
    void lockIsHeldByOneOwnerAcrossInstances() {
        var lease = locks.tryAcquire(prefix + "publish", Duration.ofSeconds(30));
        var otherInstance = new RedisLocks(redis, new InMemoryLocks(new InMemoryKeyValueStore()), outages);
        assertThat(lease).isPresent();
        assertThat(otherInstance.tryAcquire(prefix + "publish", Duration.ofSeconds(30)))
                .isEmpty();
        lease.get().close();
        assertThat(otherInstance.tryAcquire(prefix + "publish", Duration.ofSeconds(30)))
                .isPresent();
    }

    @Nested
    class WhenRedisIsUnreachable {

        private final LettuceConnectionFactory deadFactory = connect("redis://127.0.0.1:1");
        private final StringRedisTemplate dead = template(deadFactory);
        private final RedisKeyValueStore degraded =
                new RedisKeyValueStore(dead, new InMemoryKeyValueStore(), new RedisKeyValueStore.RedisOutageLog());

        @AfterEach
        void closeDead() {
            deadFactory.destroy();
        }

        @Test
        void carriesOnWithTheInstanceMemory() {
            assertThat(degraded.putIfAbsent("k", "1", Duration.ofSeconds(60))).isTrue();
            assertThat(degraded.putIfAbsent("k", "2", Duration.ofSeconds(60))).isFalse();
            assertThat(degraded.increment("n", Duration.ofSeconds(60))).isEqualTo(1);
            assertThat(degraded.get("k")).contains("1");
        }
    }

    static LettuceConnectionFactory connect(String url) {
        var uri = java.net.URI.create(url);
        var factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration(uri.getHost(), uri.getPort()),
                LettuceClientConfiguration.builder()
                        .commandTimeout(Duration.ofMillis(500))
                        .build());
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    static StringRedisTemplate template(LettuceConnectionFactory factory) {
        var template = new StringRedisTemplate(factory);
        template.afterPropertiesSet();
        return template;
    }
}
