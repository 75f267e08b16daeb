package org.lotus.mp.datadir;

import org.lotus.mp.LotusSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Files other code creates under DATA_DIR get the process umask (H2's database is 644 on most systems): once started
 * and then every hour, they are made owner-only, so the check at the next start holds.
 */
@Component
class PrivateFiles {

    private static final Logger log = LoggerFactory.getLogger(PrivateFiles.class);

    private final LotusSettings settings;

    PrivateFiles(LotusSettings settings) {
        this.settings = settings;
    }

    @EventListener({ApplicationReadyEvent.class, ContextClosedEvent.class})
    void startedOrStopping() {
        tighten();
    }

    @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
    void tighten() {
        int changed = OwnerOnly.tighten(settings.dataDir());
        if (changed > 0) {
            log.debug("{} files under DATA_DIR made owner-only", changed);
        }
    }
}
