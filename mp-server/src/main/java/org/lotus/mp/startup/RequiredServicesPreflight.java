package org.lotus.mp.startup;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before the {@code prod} application context is refreshed, connects once to MySQL and to Redis, so a missing service
 * ends the start with one line naming it instead of a wall of stack traces. Registered in spring.factories.
 */
public class RequiredServicesPreflight implements ApplicationListener<ApplicationPreparedEvent>, Ordered {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        ConfigurableEnvironment env = event.getApplicationContext().getEnvironment();
        if (!Arrays.asList(env.getActiveProfiles()).contains("prod")
                || !env.getProperty("lotus.preflight.enabled", Boolean.class, true)) {
            return;
        }
        checkDatabase(env);
        checkRedis(env);
    }

    private static void checkDatabase(ConfigurableEnvironment env) {
        String url = env.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            throw new RequiredServiceUnavailableException(
                    "The database (MySQL)", "an unset SPRING_DATASOURCE_URL", new IllegalStateException("not set"));
        }
        DriverManager.setLoginTimeout((int) TIMEOUT.toSeconds());
        try (Connection connection = DriverManager.getConnection(
                url, env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password"))) {
            connection.isValid((int) TIMEOUT.toSeconds());
        } catch (Exception e) {
            throw new RequiredServiceUnavailableException("The database (MySQL)", withoutSecrets(url), e);
        }
    }

    private static void checkRedis(ConfigurableEnvironment env) {
        String url = env.getProperty("spring.data.redis.url");
        RedisURI uri = url != null && !url.isBlank()
                ? RedisURI.create(url)
                : RedisURI.Builder.redis(
                                env.getProperty("spring.data.redis.host", "localhost"),
                                env.getProperty("spring.data.redis.port", Integer.class, 6379))
                        .build();
        String password = env.getProperty("spring.data.redis.password");
        if (password != null && !password.isBlank() && uri.getPassword() == null) {
            uri.setPassword(password.toCharArray());
        }
        uri.setTimeout(TIMEOUT);
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().ping();
        } catch (Exception e) {
            throw new RequiredServiceUnavailableException("Redis", uri.getHost() + ":" + uri.getPort(), e);
        } finally {
            client.shutdown(Duration.ZERO, TIMEOUT);
        }
    }

    /** A JDBC URL without user information or query parameters, which may hold credentials. */
    static String withoutSecrets(String jdbcUrl) {
        String bare = jdbcUrl.replaceFirst("\\?.*$", "");
        try {
            URI uri = URI.create(bare.replaceFirst("^jdbc:", ""));
            if (uri.getHost() != null) {
                return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                        + (uri.getPath() == null ? "" : uri.getPath());
            }
        } catch (IllegalArgumentException e) {
            // not a URI-shaped JDBC URL: fall through
        }
        return bare.replaceFirst("//[^@/]*@", "//");
    }
}
