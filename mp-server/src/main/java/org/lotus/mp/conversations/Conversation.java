package org.lotus.mp.conversations;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One reader's thread: her messages and our replies in time order. {@code reader} is the short pseudonym shown to
 * staff; {@code pseudonym} the full one, for the services (never sent to a browser).
 */
public record Conversation(
        String reader,
        String pseudonym,
        String nickname,
        LocalDateTime replyWindowClosesAt,
        boolean canReply,
        List<Entry> entries) {

    /** A message of hers ({@code in}) or a reply of ours ({@code out}). */
    public record Entry(
            String direction,
            long id,
            String kind,
            String text,
            String transcription,
            LocalDateTime at,
            boolean urgent,
            boolean handled,
            String mediaStatus,
            int mediaAttempts,
            LocalDateTime mediaNextAttemptAt,
            String author,
            String status) {}

    public boolean hasOpenUrgent() {
        return entries.stream().anyMatch(e -> e.urgent() && !e.handled());
    }

    public boolean hasOpen() {
        return entries.stream().anyMatch(e -> "in".equals(e.direction()) && !e.handled());
    }
}
