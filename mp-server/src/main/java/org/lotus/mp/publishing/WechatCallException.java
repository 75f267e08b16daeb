package org.lotus.mp.publishing;

/**
 * A WeChat API call that did not succeed, by what it means for the publisher. The message names the API and
 * WeChat's code, never the URL (it carries the access token).
 */
class WechatCallException extends Exception {

    enum Kind {
        /** -1, HTTP 5xx, timeouts and connection failures before the request was sent: try again later. */
        TRANSIENT,
        /** 45009 or 45028: the quota is spent; trying again today would fail again. */
        QUOTA,
        /** 48001: the account lacks the right (e.g. freepublish since 2025 for unverified accounts). */
        UNAUTHORIZED,
        /** Any other error code: WeChat refused what we sent. */
        REJECTED,
        /** The request may have reached WeChat but no answer came back: the outcome is unknown. */
        UNCERTAIN
    }

    private final Kind kind;
    private final int errcode;

    WechatCallException(Kind kind, int errcode, String message) {
        super(message);
        this.kind = kind;
        this.errcode = errcode;
    }

    Kind kind() {
        return kind;
    }

    int errcode() {
        return errcode;
    }
}
