package org.lotus.mp.coordination;

import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Chooses the adapters: this instance's memory by default, Redis with the {@code prod} profile. */
@Configuration(proxyBeanMethods = false)
class CoordinationConfiguration {

    @Bean
    InMemoryKeyValueStore inMemoryKeyValueStore(CoordinationSettings settings) {
        return new InMemoryKeyValueStore(Ticker.systemTicker(), settings.memoryEntries());
    }

    @Bean
    InMemoryLocks inMemoryLocks(InMemoryKeyValueStore store) {
        return new InMemoryLocks(store);
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("!prod")
    static class Embedded {

        @Bean
        @Primary
        KeyValueStore keyValueStore(InMemoryKeyValueStore store) {
            return store;
        }

        @Bean
        @Primary
        Locks locks(InMemoryLocks locks) {
            return locks;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("prod")
    static class Shared {

        @Bean
        RedisKeyValueStore.RedisOutageLog redisOutageLog() {
            return new RedisKeyValueStore.RedisOutageLog();
        }

        @Bean
        @Primary
        KeyValueStore keyValueStore(
                StringRedisTemplate redis, InMemoryKeyValueStore fallback, RedisKeyValueStore.RedisOutageLog outages) {
            return new RedisKeyValueStore(redis, fallback, outages);
        }

        @Bean
        @Primary
        Locks locks(StringRedisTemplate redis, InMemoryLocks fallback, RedisKeyValueStore.RedisOutageLog outages) {
            return new RedisLocks(redis, fallback, outages);
        }
    }
}
