package org.lotus.mp.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** LOTUS_LOG_FORMAT=json asks Spring Boot for structured (JSON) console logs; anything else keeps plain lines. */
class LogFormatTest {

    static MockEnvironment environment(String format) {
        MockEnvironment environment = new MockEnvironment();
        if (format != null) {
            environment.setProperty("lotus.log-format", format);
        }
        new LogFormat().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void writesJsonLinesWhenAsked() {
        assertThat(environment("json").getProperty(LogFormat.STRUCTURED)).isEqualTo("logstash");
        assertThat(environment(" JSON ").getProperty(LogFormat.STRUCTURED)).isEqualTo("logstash");
    }

    @Test
    void keepsPlainLinesByDefault() {
        assertThat(environment(null).getProperty(LogFormat.STRUCTURED)).isNull();
        assertThat(environment("plain").getProperty(LogFormat.STRUCTURED)).isNull();
    }
}
