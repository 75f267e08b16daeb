package org.lotus.mp.alerts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Peer-safety alerts: how many numbers a reader may check a day ({@code LOTUS_SAFETY_CHECKS_PER_DAY}, 20; it stops
 * anyone enumerating numbers), how long an unfinished report waits for the next answer (30 minutes), and how long
 * reports are kept ({@code LOTUS_RETENTION_ALERTS}, 365 days).
 */
@ConfigurationProperties("lotus.safety")
public record SafetySettings(int checksPerDay, Duration conversation, Duration retention) {

    public SafetySettings {
        checksPerDay = checksPerDay <= 0 ? 20 : checksPerDay;
        conversation = conversation == null ? Duration.ofMinutes(30) : conversation;
        retention = retention == null ? Duration.ofDays(365) : retention;
    }
}
