package org.lotus.mp.simulator;

import java.util.Map;

/** A request the simulated WeChat refuses: answered as WeChat does, HTTP 200 with this errcode. */
final class WechatRefusal extends RuntimeException {

    private final int errcode;

    WechatRefusal(int errcode, String errmsg) {
        super(errmsg, null, false, false);
        this.errcode = errcode;
    }

    Map<String, Object> body() {
        return WechatErrors.of(errcode, getMessage());
    }
}
