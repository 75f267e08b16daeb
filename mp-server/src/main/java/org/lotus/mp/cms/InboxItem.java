package org.lotus.mp.cms;

/** A reader message as the inbox shows it: times already in Europe/Paris, the reader only as a short pseudonym. */
public record InboxItem(
        long id,
        String reader,
        String kind,
        String text,
        String transcription,
        String receivedAt,
        boolean urgent,
        boolean handled,
        String repliedAt,
        String repliedBy,
        boolean mediaReady,
        boolean canReply,
        String windowClosesAt) {}
