package org.lotus.mp.logging;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code LOTUS_LOG_FORMAT=json} switches the console to Spring Boot's structured logging (Logstash JSON, one object a
 * line) for log shippers. Only the layout changes: the messages are the same lines, with the same privacy rules (no
 * openid, message text, token or password at any level). Runs before the logging system starts; registered in
 * spring.factories.
 */
public class LogFormat implements EnvironmentPostProcessor, Ordered {

    static final String STRUCTURED = "logging.structured.format.console";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format =
                environment.getProperty("lotus.log-format", "plain").strip().toLowerCase(Locale.ROOT);
        if (format.equals("json") && !environment.containsProperty(STRUCTURED)) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource("lotusLogFormat", Map.of(STRUCTURED, "logstash")));
        }
    }
}
