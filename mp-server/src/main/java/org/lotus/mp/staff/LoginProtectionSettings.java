package org.lotus.mp.staff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How repeated failed logins are slowed down: an account locks after {@code accountFailures} misses within
 * {@code window}; an address that misses {@code addressFailures} times is refused for {@code window}.
 */
@ConfigurationProperties("lotus.login")
public record LoginProtectionSettings(int accountFailures, int addressFailures, Duration window) {

    public LoginProtectionSettings {
        if (accountFailures <= 0) {
            accountFailures = 5;
        }
        if (addressFailures <= 0) {
            addressFailures = 20;
        }
        if (window == null) {
            window = Duration.ofMinutes(15);
        }
    }
}
