package org.lotus.mp.publishing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How publishing retries and reconciles. {@code resultPollAfter}: how long to wait for WeChat's PUBLISHJOBFINISH
 * event before asking {@code freepublish/get}. {@code massPushesPerDay}: our own cap under WeChat's mass-message
 * quota. {@code pushText}: what followers' lock screens show, so it names no topic.
 */
@ConfigurationProperties("lotus.publishing")
public record PublishingSettings(
        Duration retryBackoff,
        int maxAttempts,
        Duration callTimeout,
        Duration connectTimeout,
        Duration reconcileInterval,
        Duration resultPollAfter,
        int massPushesPerDay,
        String pushText) {

    public static final String DEFAULT_PUSH_TEXT = "您好，我们更新了近期活动。请点菜单「资讯」查看。";

    public PublishingSettings {
        retryBackoff = retryBackoff == null ? Duration.ofSeconds(2) : retryBackoff;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        callTimeout = callTimeout == null ? Duration.ofSeconds(10) : callTimeout;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        reconcileInterval = reconcileInterval == null ? Duration.ofSeconds(30) : reconcileInterval;
        resultPollAfter = resultPollAfter == null ? Duration.ofSeconds(60) : resultPollAfter;
        massPushesPerDay = massPushesPerDay <= 0 ? 1 : massPushesPerDay;
        pushText = pushText == null || pushText.isBlank() ? DEFAULT_PUSH_TEXT : pushText;
    }

    /** The wait before attempt {@code failures + 1}: doubling from {@code retryBackoff}, at most 10 minutes. */
    public Duration backoff(int failures) {
        long factor = 1L << Math.min(Math.max(failures - 1, 0), 16);
        Duration wait = retryBackoff.multipliedBy(factor);
        return wait.compareTo(Duration.ofMinutes(10)) > 0 ? Duration.ofMinutes(10) : wait;
    }
}
