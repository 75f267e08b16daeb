package org.lotus.mp.comments.web;

import java.time.LocalDateTime;
import org.lotus.mp.comments.ReaderMessage;

/** A reader message as moderators see it: the reader only as a short pseudonym, never the openid. */
record CommentView(
        long id,
        String kind,
        String text,
        String transcription,
        LocalDateTime receivedAt,
        String reader,
        boolean urgent,
        String mediaStatus,
        String audioUrl,
        String mediaUrl,
        LocalDateTime listenedAt) {

    static CommentView of(ReaderMessage message) {
        boolean stored = message.getMediaStatus() == ReaderMessage.MediaStatus.STORED;
        String base = "/api/comments/" + message.getId();
        return new CommentView(
                message.getId(),
                message.getKind(),
                message.getTextContent(),
                message.getTranscription(),
                message.getReceivedAt(),
                message.getReaderPseudonym().substring(0, 12),
                Boolean.TRUE.equals(message.getUrgent()),
                message.getMediaStatus().name().toLowerCase(java.util.Locale.ROOT),
                stored && "voice".equals(message.getKind()) ? base + "/audio" : null,
                stored && ("image".equals(message.getKind()) || "video".equals(message.getKind()))
                        ? base + "/media"
                        : null,
                message.getListenedAt());
    }
}
