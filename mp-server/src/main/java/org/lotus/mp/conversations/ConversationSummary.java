package org.lotus.mp.conversations;

import java.time.LocalDateTime;

/** A line of the conversation list: who (short pseudonym, nickname), when she last wrote, what is still open. */
public record ConversationSummary(
        String reader,
        String nickname,
        LocalDateTime lastMessageAt,
        long messages,
        long open,
        long urgentOpen,
        LocalDateTime replyWindowClosesAt,
        boolean canReply,
        Long lastMessageId,
        String lastKind,
        String lastText) {}
