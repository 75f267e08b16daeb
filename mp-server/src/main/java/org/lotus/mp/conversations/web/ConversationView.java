package org.lotus.mp.conversations.web;

import java.time.LocalDateTime;
import java.util.List;
import org.lotus.mp.conversations.Conversation;

/** A thread as the API shows it: the short pseudonym only, staff replies with their author and status. */
record ConversationView(
        String reader, String nickname, LocalDateTime replyWindowClosesAt, boolean canReply, List<EntryView> messages) {

    record EntryView(
            String direction,
            long id,
            String kind,
            String text,
            String transcription,
            LocalDateTime at,
            boolean urgent,
            boolean handled,
            String mediaStatus,
            String audioUrl,
            String mediaUrl,
            String author,
            String status) {}

    static ConversationView of(Conversation c) {
        return new ConversationView(
                c.reader(),
                c.nickname(),
                c.replyWindowClosesAt(),
                c.canReply(),
                c.entries().stream().map(ConversationView::entry).toList());
    }

    private static EntryView entry(Conversation.Entry e) {
        boolean incoming = "in".equals(e.direction());
        boolean stored = "STORED".equals(e.mediaStatus());
        String base = "/api/comments/" + e.id();
        return new EntryView(
                e.direction(),
                e.id(),
                e.kind(),
                e.text(),
                e.transcription(),
                e.at(),
                e.urgent(),
                e.handled(),
                incoming && e.mediaStatus() != null ? e.mediaStatus().toLowerCase(java.util.Locale.ROOT) : null,
                incoming && stored && "voice".equals(e.kind()) ? base + "/audio" : null,
                incoming && stored && ("image".equals(e.kind()) || "video".equals(e.kind())) ? base + "/media" : null,
                e.author(),
                e.status() == null ? null : e.status().toLowerCase(java.util.Locale.ROOT));
    }
}
