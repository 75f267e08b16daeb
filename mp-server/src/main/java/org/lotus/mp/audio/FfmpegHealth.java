package org.lotus.mp.audio;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start, and in the health details staff can see, whether ffmpeg runs. A missing ffmpeg does not take the
 * instance down (callbacks and texts still work): the component reports UNKNOWN with the reason, which keeps the
 * overall status UP, and voice conversions answer 503 until it is installed.
 */
@Component("ffmpegHealthIndicator")
class FfmpegHealth implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(FfmpegHealth.class);

    private static final long RECHECK_NANOS = 300_000_000_000L;

    private final Ffmpeg ffmpeg;
    private volatile Health last;
    private volatile long checkedAt;

    FfmpegHealth(Ffmpeg ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAtStart() {
        ffmpeg.unavailable().ifPresent(reason -> log.warn("Voice notes cannot be converted or played: {}", reason));
    }

    /** Probes run every few seconds: ffmpeg is started at most every five minutes to answer them. */
    @Override
    public Health health() {
        long now = System.nanoTime();
        if (last == null || now - checkedAt > RECHECK_NANOS) {
            last = ffmpeg.unavailable()
                    .map(reason -> Health.unknown().withDetail("error", reason).build())
                    .orElseGet(() -> Health.up().build());
            checkedAt = now;
        }
        return last;
    }
}
