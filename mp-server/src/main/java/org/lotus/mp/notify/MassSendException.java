package org.lotus.mp.notify;

/** A mass preview or send WeChat did not accept, by what it means for the item; the message never holds a URL. */
public class MassSendException extends Exception {

    /** What happened to the send. */
    public enum Kind {
        /** The request never reached WeChat (no connection, no credentials): nothing was sent. */
        NOT_SENT,
        /** 45009 / 45028: the account's quota is spent. */
        QUOTA,
        /** 48001: the account may not use this API. */
        UNAUTHORIZED,
        /** Any other error code: WeChat refused what was sent (e.g. content refused). */
        REFUSED,
        /** No answer after the request left: WeChat may have sent it. */
        UNCERTAIN
    }

    private final Kind kind;
    private final int errcode;

    MassSendException(Kind kind, int errcode, String message) {
        super(message);
        this.kind = kind;
        this.errcode = errcode;
    }

    public Kind kind() {
        return kind;
    }

    public int errcode() {
        return errcode;
    }
}
