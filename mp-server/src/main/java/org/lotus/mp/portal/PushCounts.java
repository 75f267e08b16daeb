package org.lotus.mp.portal;

import java.time.Instant;
import java.util.Locale;
import org.lotus.mp.channels.Channels;
import org.lotus.mp.stats.DailyCounts;
import org.lotus.mp.stats.Metric;
import org.springframework.stereotype.Component;

/**
 * What a push adds to the statistics, counted once per push: stored pushes (follows, unfollows) inside the
 * transaction of their receipt, the others (menu taps, scans) by the delivery whose reply was kept for retries first
 * (the portal's claim), so a retry is not counted again. Nothing about the reader is kept.
 */
@Component
class PushCounts {

    private static final String QR_SCENE = "qrscene_";
    private static final java.util.regex.Pattern SECTION_KEY = java.util.regex.Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private final DailyCounts counts;
    private final Channels channels;

    PushCounts(DailyCounts counts, Channels channels) {
        this.counts = counts;
        this.channels = channels;
    }

    /** Counts a push that is stored: called in the transaction that stored its receipt. */
    void stored(InboundMessage message) {
        if (!message.isEvent()) {
            return;
        }
        Instant at = Instant.now(); // the server's clock: CreateTime only identifies a push
        switch (message.event().toLowerCase(Locale.ROOT)) {
            case "subscribe" -> {
                counts.increment(Metric.FOLLOWS, "", at);
                if (message.eventKey().startsWith(QR_SCENE)) {
                    channels.idOfScene(message.eventKey().substring(QR_SCENE.length()))
                            .ifPresent(id -> counts.increment(Metric.CHANNEL_FOLLOWS, id.toString(), at));
                }
            }
            case "unsubscribe" -> counts.increment(Metric.UNFOLLOWS, "", at);
            default -> {}
        }
    }

    /** Counts a push that is not stored (a menu tap, a scan by a follower); the caller counts each push once. */
    void answered(InboundMessage message) {
        if (!message.isEvent()) {
            return;
        }
        String event = message.event().toLowerCase(Locale.ROOT);
        if ("click".equals(event) && SECTION_KEY.matcher(message.eventKey()).matches()) {
            counts.incrementSoon(Metric.MENU_TAPS, message.eventKey());
        } else if ("scan".equals(event)) {
            channels.idOfScene(message.eventKey())
                    .ifPresent(id -> counts.incrementSoon(Metric.CHANNEL_SCANS, id.toString()));
        }
    }
}
