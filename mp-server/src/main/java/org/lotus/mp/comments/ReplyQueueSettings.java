package org.lotus.mp.comments;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Queued customer-service replies: how often the queue is looked at, and the first wait after WeChat did not answer
 * (doubling, at most {@code maxBackoff}).
 */
@ConfigurationProperties("lotus.reply-queue")
public record ReplyQueueSettings(Duration interval, Duration backoff, Duration maxBackoff) {

    public ReplyQueueSettings {
        interval = interval == null ? Duration.ofSeconds(10) : interval;
        backoff = backoff == null ? Duration.ofSeconds(30) : backoff;
        maxBackoff = maxBackoff == null ? Duration.ofMinutes(10) : maxBackoff;
    }

    Duration backoff(int attempts) {
        Duration wait = backoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
