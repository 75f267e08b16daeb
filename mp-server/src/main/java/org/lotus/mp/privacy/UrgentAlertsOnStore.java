package org.lotus.mp.privacy;

import java.time.ZoneOffset;
import org.lotus.mp.comments.UrgentCommentReceived;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Alerts on-duty staff once an urgent message is safely stored. */
@Component
class UrgentAlertsOnStore {

    private final OnDutyAlerts alerts;

    UrgentAlertsOnStore(OnDutyAlerts alerts) {
        this.alerts = alerts;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void urgentMessageStored(UrgentCommentReceived event) {
        alerts.urgentMessageReceived(event.commentId(), event.receivedAt().toInstant(ZoneOffset.UTC));
    }
}
