package org.lotus.mp.notify;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import org.lotus.mp.wechat.MassSendFinished;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps WeChat's MASSSENDJOBFINISH figures by msg_id, in the transaction that stored the event's receipt. */
@Component
class MassSendResults {

    private final JdbcTemplate jdbc;

    MassSendResults(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void finished(MassSendFinished event) {
        try {
            jdbc.update(
                    "INSERT INTO mass_send_result (msg_id, status, total_count, filter_count, sent_count, error_count,"
                            + " received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    event.msgId(),
                    event.status().length() > 64 ? event.status().substring(0, 64) : event.status(),
                    event.totalCount(),
                    event.filterCount(),
                    event.sentCount(),
                    event.errorCount(),
                    Timestamp.valueOf(
                            event.finishedAt().atOffset(ZoneOffset.UTC).toLocalDateTime()));
        } catch (DuplicateKeyException e) {
            // WeChat sends one result per msg_id; another delivery of it changes nothing.
        }
    }
}
