package org.lotus.mp.simulator;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The simulated WeChat's pace: how long after {@code freepublish/submit} or a mass send its result event is pushed,
 * how long it waits for our answer and how often it tries again (WeChat: 5 s, three retries), and whether demo
 * content is seeded into an empty database.
 */
@ConfigurationProperties("lotus.simulator")
public record SimulatorSettings(
        Duration resultDelay, Duration pushTimeout, Integer pushRetries, Boolean seed, Duration customWindow) {

    public SimulatorSettings {
        resultDelay = resultDelay == null ? Duration.ofSeconds(3) : resultDelay;
        pushTimeout = pushTimeout == null ? Duration.ofSeconds(5) : pushTimeout;
        pushRetries = pushRetries == null ? 3 : pushRetries;
        seed = seed == null || seed;
        customWindow = customWindow == null ? Duration.ofHours(48) : customWindow;
    }
}
