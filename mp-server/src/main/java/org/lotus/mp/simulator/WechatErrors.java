package org.lotus.mp.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/** WeChat's error bodies: HTTP 200 with {@code errcode} and {@code errmsg} (and a request id, as WeChat adds). */
public final class WechatErrors {

    private WechatErrors() {}

    public static Map<String, Object> of(int errcode, String errmsg) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errcode", errcode);
        body.put("errmsg", errcode == 0 ? errmsg : errmsg + " rid: " + SimulatorState.randomId(9));
        return body;
    }

    public static Map<String, Object> ok() {
        return of(0, "ok");
    }
}
