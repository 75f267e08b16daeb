package org.lotus.mp.portal;

/** A push the portal will not process; {@code status} is the HTTP answer. Messages never hold request content. */
public class PushRefusedException extends RuntimeException {

    private final int status;

    public PushRefusedException(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    static PushRefusedException forbidden(String reason) {
        return new PushRefusedException(403, reason);
    }

    static PushRefusedException malformed(String reason) {
        return new PushRefusedException(400, reason);
    }

    public int status() {
        return status;
    }
}
