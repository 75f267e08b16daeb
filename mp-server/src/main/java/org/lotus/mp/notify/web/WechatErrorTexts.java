package org.lotus.mp.notify.web;

import org.lotus.mp.notify.MassSendException;

/** What WeChat's mass-send errors mean for the person sending, in the API's words. */
final class WechatErrorTexts {

    private WechatErrorTexts() {}

    static String explain(MassSendException e) {
        return switch (e.kind()) {
            case QUOTA -> "WeChat's mass-send quota is used up (" + e.errcode() + "): try again tomorrow or next month";
            case UNAUTHORIZED ->
                "this account may not send to all followers (48001): an unverified account lacks the right";
            case UNCERTAIN ->
                "WeChat did not answer: it may have sent the message; check WeChat's back office, it will not be sent again";
            case NOT_SENT -> "WeChat could not be reached or is not configured: nothing was sent, try again";
            case REFUSED ->
                e.errcode() == 45065
                        ? "WeChat says this item was already sent (45065)"
                        : "WeChat refused the message (" + e.getMessage() + "): reword it and preview again";
        };
    }
}
