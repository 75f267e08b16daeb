package org.lotus.mp.cms;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.lotus.mp.conversations.Conversation;
import org.lotus.mp.conversations.ConversationSummary;
import org.lotus.mp.i18n.ParisTime;

/** The inbox's lines as templates read them: times already in Europe/Paris, readers only by short pseudonym. */
final class InboxViews {

    private InboxViews() {}

    /** A thread in the list (public so templates can read it). */
    public record Row(
            String reader,
            String nickname,
            String lastAt,
            long messages,
            long open,
            long urgentOpen,
            boolean canReply,
            long hoursLeft,
            Long lastMessageId,
            String lastKind,
            String lastText) {}

    /** A message of hers or a reply of ours in a thread (public so templates can read it). */
    public record Entry(
            boolean incoming,
            long id,
            String kind,
            String text,
            String transcription,
            String at,
            boolean urgent,
            boolean handled,
            String media,
            int mediaAttempts,
            String mediaNextAttempt,
            String author,
            String status) {}

    static Row row(ConversationSummary s) {
        return new Row(
                s.reader(),
                s.nickname(),
                ParisTime.format(s.lastMessageAt()),
                s.messages(),
                s.open(),
                s.urgentOpen(),
                s.canReply(),
                hoursLeft(s.replyWindowClosesAt()),
                s.lastMessageId(),
                s.lastKind(),
                s.lastText());
    }

    static Entry entry(Conversation.Entry e) {
        String media = e.mediaStatus() == null || "NONE".equals(e.mediaStatus())
                ? null
                : e.mediaStatus().toLowerCase(java.util.Locale.ROOT);
        return new Entry(
                "in".equals(e.direction()),
                e.id(),
                e.kind(),
                e.text(),
                e.transcription(),
                ParisTime.format(e.at()),
                e.urgent(),
                e.handled(),
                media,
                e.mediaAttempts(),
                e.mediaNextAttemptAt() == null
                        ? ""
                        : ParisTime.clock(e.mediaNextAttemptAt().toInstant(ZoneOffset.UTC)),
                e.author(),
                e.status());
    }

    static long hoursLeft(LocalDateTime closesUtc) {
        return closesUtc == null ? -1 : ParisTime.hoursUntil(closesUtc, LocalDateTime.now(ZoneOffset.UTC));
    }
}
