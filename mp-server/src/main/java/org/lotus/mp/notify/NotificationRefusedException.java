package org.lotus.mp.notify;

/**
 * A notification request that cannot be done in the item's state ({@code reason}: already-sent, preview-first,
 * not-published, quota, needs-review): answered 409 with the reason.
 */
public class NotificationRefusedException extends RuntimeException {

    private final String reason;

    public NotificationRefusedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
