package org.lotus.mp.conversations;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lotus.mp.comments.CustomerServiceReplies;
import org.lotus.mp.comments.ReaderMessage;
import org.lotus.mp.comments.ReaderMessages;
import org.lotus.mp.comments.StaffReplies;
import org.lotus.mp.comments.StaffReply;
import org.lotus.mp.readers.Readers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reads the inbox as one thread per reader. Staff know a reader by the first {@value #SHORT} characters of her
 * pseudonym (and a nickname they choose), never by her openid.
 */
@Service
public class Conversations {

    public static final int SHORT = 12;
    private static final Pattern SHORT_PSEUDONYM = Pattern.compile("[0-9a-f]{" + SHORT + "}");

    private final JdbcTemplate jdbc;
    private final ReaderMessages messages;
    private final StaffReplies replies;
    private final Readers readers;

    Conversations(JdbcTemplate jdbc, ReaderMessages messages, StaffReplies replies, Readers readers) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.replies = replies;
        this.readers = readers;
    }

    /** Threads with an open urgent message first, then the one she wrote to most recently. */
    public List<ConversationSummary> list(int page, int size) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<ConversationSummary> result = new ArrayList<>();
        jdbc.query(
                "SELECT m.reader_pseudonym, MAX(m.received_at), COUNT(*),"
                        + " SUM(CASE WHEN m.handled_at IS NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN m.handled_at IS NULL AND m.urgent = TRUE THEN 1 ELSE 0 END),"
                        + " MAX(r.nickname), MAX(r.last_message_at)"
                        + " FROM reader_message m LEFT JOIN reader r ON r.pseudonym = m.reader_pseudonym"
                        + " GROUP BY m.reader_pseudonym"
                        + " ORDER BY CASE WHEN SUM(CASE WHEN m.handled_at IS NULL AND m.urgent = TRUE THEN 1 ELSE 0 END)"
                        + " > 0 THEN 0 ELSE 1 END, MAX(m.received_at) DESC, m.reader_pseudonym"
                        + " LIMIT ? OFFSET ?",
                rs -> {
                    String pseudonym = rs.getString(1);
                    Timestamp last = rs.getTimestamp(7);
                    LocalDateTime closes =
                            last == null ? null : last.toLocalDateTime().plus(CustomerServiceReplies.WINDOW);
                    ReaderMessage latest = latest(pseudonym);
                    result.add(new ConversationSummary(
                            pseudonym.substring(0, SHORT),
                            rs.getString(6),
                            rs.getTimestamp(2).toLocalDateTime(),
                            rs.getLong(3),
                            rs.getLong(4),
                            rs.getLong(5),
                            closes,
                            closes != null && now.isBefore(closes),
                            latest == null ? null : latest.getId(),
                            latest == null ? null : latest.getKind(),
                            latest == null ? null : preview(latest)));
                },
                size,
                (long) page * size);
        return result;
    }

    /** The full pseudonym behind a short one, when exactly one reader has it. */
    public Optional<String> pseudonymOf(String reader) {
        if (reader == null || !SHORT_PSEUDONYM.matcher(reader).matches()) {
            return Optional.empty();
        }
        List<String> found = jdbc.queryForList(
                "SELECT pseudonym FROM reader WHERE pseudonym LIKE ? UNION"
                        + " SELECT DISTINCT reader_pseudonym FROM reader_message WHERE reader_pseudonym LIKE ?",
                String.class,
                reader + "%",
                reader + "%");
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public Optional<Conversation> thread(String reader) {
        return pseudonymOf(reader).map(this::threadOf);
    }

    private Conversation threadOf(String pseudonym) {
        List<Conversation.Entry> entries = new ArrayList<>();
        for (ReaderMessage m : messages.ofReader(pseudonym)) {
            entries.add(new Conversation.Entry(
                    "in",
                    m.getId(),
                    m.getKind(),
                    m.getTextContent(),
                    m.getTranscription(),
                    m.getReceivedAt(),
                    Boolean.TRUE.equals(m.getUrgent()),
                    m.getHandledAt() != null,
                    m.getMediaStatus() == null ? null : m.getMediaStatus().name(),
                    m.getMediaAttempts() == null ? 0 : m.getMediaAttempts(),
                    m.getMediaNextAttemptAt(),
                    null,
                    null));
        }
        for (StaffReply r : replies.forReader(pseudonym)) {
            entries.add(new Conversation.Entry(
                    "out",
                    r.getId(),
                    "text",
                    r.getTextContent(),
                    null,
                    r.getSentAt() != null ? r.getSentAt() : r.getCreatedAt(),
                    false,
                    true,
                    null,
                    r.getAttempts() == null ? 0 : r.getAttempts(),
                    r.getNextAttemptAt(),
                    r.getAuthor(),
                    r.getStatus().name()));
        }
        entries.sort(Comparator.comparing(Conversation.Entry::at).thenComparing(Conversation.Entry::direction));
        LocalDateTime closes = readers.lastMessageAt(pseudonym)
                .map(last -> last.plus(CustomerServiceReplies.WINDOW))
                .orElse(null);
        return new Conversation(
                pseudonym.substring(0, SHORT),
                pseudonym,
                readers.nicknameOf(pseudonym).orElse(null),
                closes,
                closes != null && LocalDateTime.now(ZoneOffset.UTC).isBefore(closes),
                entries);
    }

    private ReaderMessage latest(String pseudonym) {
        List<ReaderMessage> all = messages.ofReader(pseudonym);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    private static String preview(ReaderMessage message) {
        String text = message.getTextContent() != null ? message.getTextContent() : message.getTranscription();
        if (text == null) {
            return null;
        }
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
