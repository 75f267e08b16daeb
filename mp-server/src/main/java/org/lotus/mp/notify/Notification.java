package org.lotus.mp.notify;

import java.time.LocalDateTime;

/**
 * The notification of one item. {@code status}: NONE (never previewed), PREVIEWED, SENDING, SENT, FAILED (WeChat
 * refused; may be previewed and sent again), NEEDS_REVIEW (WeChat may have sent it: a person checks, never a retry).
 */
public record Notification(
        Notifiable type,
        long contentId,
        String status,
        String text,
        LocalDateTime previewedAt,
        String previewedBy,
        LocalDateTime sentAt,
        String sentBy,
        String msgId,
        Integer errcode,
        String problem,
        MassSendResult result) {

    /** WeChat's MASSSENDJOBFINISH figures for the send, when they came. */
    public record MassSendResult(String status, int totalCount, int filterCount, int sentCount, int errorCount) {}

    public static final String NONE = "NONE";
    public static final String PREVIEWED = "PREVIEWED";
    public static final String SENDING = "SENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";
    public static final String NEEDS_REVIEW = "NEEDS_REVIEW";

    public boolean canSend() {
        return PREVIEWED.equals(status) || FAILED.equals(status) && previewedAt != null;
    }

    public boolean done() {
        return SENDING.equals(status) || SENT.equals(status) || NEEDS_REVIEW.equals(status);
    }
}
