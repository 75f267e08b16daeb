package org.lotus.mp.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long readers' words are kept: voice files ({@code LOTUS_RETENTION_VOICE}, default 30 days), messages and other
 * media ({@code LOTUS_RETENTION_TEXT}, 180 days), everything about a reader who unsubscribed
 * ({@code LOTUS_RETENTION_UNSUBSCRIBED}, 30 days).
 */
@ConfigurationProperties("lotus.retention")
public record RetentionSettings(Duration voice, Duration text, Duration unsubscribed) {

    public RetentionSettings {
        voice = voice == null ? Duration.ofDays(30) : voice;
        text = text == null ? Duration.ofDays(180) : text;
        unsubscribed = unsubscribed == null ? Duration.ofDays(30) : unsubscribed;
    }
}
