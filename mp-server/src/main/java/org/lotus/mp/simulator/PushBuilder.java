package org.lotus.mp.simulator;

import java.util.concurrent.atomic.AtomicLong;

/** Writes pushes as WeChat does: CDATA text, CreateTime in seconds, a 64-bit MsgId for messages. */
final class PushBuilder {

    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000);

    private final StringBuilder xml = new StringBuilder(512).append("<xml>");

    private PushBuilder() {}

    static PushBuilder from(String accountId, String openid, String msgType) {
        PushBuilder push = new PushBuilder();
        push.cdata("ToUserName", accountId).cdata("FromUserName", openid);
        push.xml
                .append("<CreateTime>")
                .append(System.currentTimeMillis() / 1000)
                .append("</CreateTime>");
        return push.cdata("MsgType", msgType);
    }

    static PushBuilder event(String accountId, String openid, String event) {
        return from(accountId, openid, "event").cdata("Event", event);
    }

    PushBuilder cdata(String element, String value) {
        xml.append('<')
                .append(element)
                .append("><![CDATA[")
                .append(value == null ? "" : value.replace("]]>", "]]]]><![CDATA[>"))
                .append("]]></")
                .append(element)
                .append('>');
        return this;
    }

    PushBuilder raw(String element, Object value) {
        xml.append('<')
                .append(element)
                .append('>')
                .append(value)
                .append("</")
                .append(element)
                .append('>');
        return this;
    }

    /** Readers' messages carry a MsgId, which the portal deduplicates by. */
    PushBuilder msgId() {
        return raw("MsgId", MSG_IDS.incrementAndGet());
    }

    PushBuilder open(String element) {
        xml.append('<').append(element).append('>');
        return this;
    }

    PushBuilder close(String element) {
        xml.append("</").append(element).append('>');
        return this;
    }

    String build() {
        return xml + "</xml>";
    }
}
