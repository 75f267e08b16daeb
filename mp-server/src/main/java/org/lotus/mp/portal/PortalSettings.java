package org.lotus.mp.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the callback portal: the largest body accepted, how far a push's clock may drift, how long a reply is
 * kept for WeChat's retries (they come within about 15 s; the database's unique key dedupes stored messages for
 * good), and how long storing may take before the push is spooled instead.
 */
@ConfigurationProperties("lotus.portal")
public record PortalSettings(int maxBodyBytes, Duration clockSkew, Duration dedupeWindow, Duration storeBudget) {

    public PortalSettings {
        if (maxBodyBytes <= 0) {
            maxBodyBytes = 64 * 1024;
        }
        if (clockSkew == null) {
            clockSkew = Duration.ofSeconds(300);
        }
        if (dedupeWindow == null || dedupeWindow.compareTo(Duration.ofSeconds(60)) < 0) {
            dedupeWindow = Duration.ofSeconds(60);
        }
        if (storeBudget == null) {
            storeBudget = Duration.ofMillis(800);
        }
    }
}
