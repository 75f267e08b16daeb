package org.lotus.mp.alerts;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.lotus.mp.coordination.Locks;
import org.lotus.mp.outreach.OutreachLog;
import org.lotus.mp.privacy.ReaderErased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What the alerts and the outreach log keep, and for how long: reports are deleted after the retention
 * ({@code LOTUS_RETENTION_ALERTS}), outreach entries lose their number then (their counts stay for the figures), and a
 * reporter who asks to be erased is unlinked from her reports at once.
 */
@Component
class AlertsRetention {

    private static final Logger log = LoggerFactory.getLogger(AlertsRetention.class);

    private final ClientReports reports;
    private final OutreachLog outreach;
    private final SafetyDesk desk;
    private final SafetySettings settings;
    private final Locks locks;

    AlertsRetention(
            ClientReports reports, OutreachLog outreach, SafetyDesk desk, SafetySettings settings, Locks locks) {
        this.reports = reports;
        this.outreach = outreach;
        this.desk = desk;
        this.settings = settings;
        this.locks = locks;
    }

    @EventListener
    void readerErased(ReaderErased erased) {
        reports.unlinkReporter(erased.pseudonym());
        desk.forget(erased.pseudonym());
    }

    @Scheduled(
            fixedDelayString = "${lotus.retention.every-millis:3600000}",
            initialDelayString = "${lotus.retention.first-millis:60000}")
    void purgeExpired() {
        locks.tryAcquire("safety-retention", Duration.ofMinutes(30)).ifPresent(lease -> {
            try (lease) {
                purgeNow();
            }
        });
    }

    void purgeNow() {
        LocalDateTime cutoff = LocalDateTime.now(ZoneOffset.UTC).minus(settings.retention());
        int deleted = reports.purgeBefore(cutoff);
        int forgotten = outreach.forgetNumbersBefore(cutoff.toLocalDate());
        if (deleted > 0 || forgotten > 0) {
            log.info("Safety retention: {} reports deleted, {} outreach numbers forgotten", deleted, forgotten);
        }
    }
}
