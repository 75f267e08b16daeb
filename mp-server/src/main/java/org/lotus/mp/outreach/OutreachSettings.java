package org.lotus.mp.outreach;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How far back a number counts as already contacted ({@code LOTUS_OUTREACH_WINDOW}, 90 days). */
@ConfigurationProperties("lotus.outreach")
public record OutreachSettings(Duration window) {

    public OutreachSettings {
        window = window == null ? Duration.ofDays(90) : window;
    }
}
