package org.lotus.mp.notify;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The notification rows: each state change is one conditional update, so two requests never both win. */
@Component
class NotificationRows {

    private final JdbcTemplate jdbc;

    NotificationRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Notification> find(Notifiable type, long id) {
        RowMapper<Notification> row = (rs, n) -> new Notification(
                type,
                id,
                rs.getString("status"),
                rs.getString("text_sent"),
                time(rs.getTimestamp("previewed_at")),
                rs.getString("previewed_by"),
                time(rs.getTimestamp("sent_at")),
                rs.getString("sent_by"),
                rs.getString("msg_id"),
                (Integer) rs.getObject("errcode", Integer.class),
                rs.getString("problem"),
                rs.getString("r_status") == null
                        ? null
                        : new Notification.MassSendResult(
                                rs.getString("r_status"),
                                rs.getInt("total_count"),
                                rs.getInt("filter_count"),
                                rs.getInt("sent_count"),
                                rs.getInt("error_count")));
        return jdbc
                .query(
                        "SELECT n.*, r.status AS r_status, r.total_count, r.filter_count, r.sent_count, r.error_count"
                                + " FROM notification n LEFT JOIN mass_send_result r ON r.msg_id = n.msg_id"
                                + " WHERE n.content_type = ? AND n.content_id = ?",
                        row,
                        type.key(),
                        id)
                .stream()
                .findFirst();
    }

    /** Records a preview; false when the item is being sent or was sent. */
    boolean previewed(Notifiable type, long id, String text, String by, LocalDateTime at) {
        try {
            jdbc.update(
                    "INSERT INTO notification (content_type, content_id, status, text_sent, previewed_at, previewed_by)"
                            + " VALUES (?, ?, 'PREVIEWED', ?, ?, ?)",
                    type.key(),
                    id,
                    text,
                    Timestamp.valueOf(at),
                    by);
            return true;
        } catch (DuplicateKeyException e) {
            return jdbc.update(
                            "UPDATE notification SET status = 'PREVIEWED', text_sent = ?, previewed_at = ?,"
                                    + " previewed_by = ?, errcode = NULL, problem = NULL"
                                    + " WHERE content_type = ? AND content_id = ? AND status IN ('PREVIEWED', 'FAILED')",
                            text,
                            Timestamp.valueOf(at),
                            by,
                            type.key(),
                            id)
                    == 1;
        }
    }

    /** Claims the send: only one request moves a previewed (or refused) item to SENDING. */
    boolean claim(Notifiable type, long id, String by, LocalDateTime at) {
        return jdbc.update(
                        "UPDATE notification SET status = 'SENDING', sent_by = ?, sent_at = ?, errcode = NULL,"
                                + " problem = NULL WHERE content_type = ? AND content_id = ?"
                                + " AND status IN ('PREVIEWED', 'FAILED') AND previewed_at IS NOT NULL",
                        by,
                        Timestamp.valueOf(at),
                        type.key(),
                        id)
                == 1;
    }

    void sent(Notifiable type, long id, String msgId) {
        finish(type, id, Notification.SENT, msgId, null, null);
    }

    void failed(Notifiable type, long id, int errcode, String problem) {
        finish(type, id, Notification.FAILED, null, errcode, problem);
    }

    void needsReview(Notifiable type, long id, String problem) {
        finish(type, id, Notification.NEEDS_REVIEW, null, null, problem);
    }

    /** Sends counted against the quota since a UTC time (ours; announcement pushes are counted by their owner). */
    long sentSince(LocalDateTime since) {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification WHERE status IN ('SENT', 'SENDING', 'NEEDS_REVIEW') AND sent_at >= ?",
                Long.class,
                Timestamp.valueOf(since));
        return n == null ? 0 : n;
    }

    private void finish(Notifiable type, long id, String status, String msgId, Integer errcode, String problem) {
        jdbc.update(
                "UPDATE notification SET status = ?, msg_id = ?, errcode = ?, problem = ?"
                        + " WHERE content_type = ? AND content_id = ? AND status = 'SENDING'",
                status,
                msgId,
                errcode,
                problem == null || problem.length() <= 500 ? problem : problem.substring(0, 500),
                type.key(),
                id);
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
