package org.lotus.mp.privacy;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.lotus.mp.comments.ReaderMessages;
import org.lotus.mp.coordination.Locks;
import org.lotus.mp.readers.Readers;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes readers' words past their retention: voice after 30 days, text and other media after 180, everything
 * about a reader 30 days after they unfollowed. One instance at a time (a shared lock); runs every hour.
 */
@Component
public class RetentionJobs {

    private final ReaderMessages messages;
    private final Readers readers;
    private final ReaderErasure erasure;
    private final PrivacyPurges purges;
    private final RetentionSettings settings;
    private final Locks locks;

    RetentionJobs(
            ReaderMessages messages,
            Readers readers,
            ReaderErasure erasure,
            PrivacyPurges purges,
            RetentionSettings settings,
            Locks locks) {
        this.messages = messages;
        this.readers = readers;
        this.erasure = erasure;
        this.purges = purges;
        this.settings = settings;
        this.locks = locks;
    }

    @Scheduled(
            fixedDelayString = "${lotus.retention.every-millis:3600000}",
            initialDelayString = "${lotus.retention.first-millis:60000}")
    public void purgeExpired() {
        locks.tryAcquire("retention", java.time.Duration.ofMinutes(30)).ifPresent(lease -> {
            try (lease) {
                purgeNow();
            }
        });
    }

    /** Runs every purge once; the counts go to the purge record. */
    public void purgeNow() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        ReaderMessages.Removed voice = messages.purge(List.of("voice"), now.minus(settings.voice()));
        purges.record("retention-voice", voice.messages(), voice.files(), 0);
        ReaderMessages.Removed text =
                messages.purge(List.of("text", "link", "image", "video"), now.minus(settings.text()));
        purges.record("retention-text", text.messages(), text.files(), 0);
        for (String pseudonym : readers.unsubscribedBefore(now.minus(settings.unsubscribed()))) {
            erasure.erase(pseudonym, "unsubscribed");
        }
    }
}
