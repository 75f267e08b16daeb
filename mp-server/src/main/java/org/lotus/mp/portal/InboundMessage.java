package org.lotus.mp.portal;

import java.util.Locale;

/**
 * A decrypted push. {@code sender} is the reader's openid: it never leaves this package except to be turned into a
 * pseudonym or sealed, and it is never logged.
 */
record InboundMessage(
        byte[] xml,
        PushXml.Document document,
        String account,
        String sender,
        long createTime,
        String type,
        String event,
        String eventKey,
        Long msgId) {

    static InboundMessage of(byte[] xml) {
        PushXml.Document document = PushXml.parse(xml);
        String sender = document.get("FromUserName");
        String type = document.get("MsgType");
        if (sender == null || sender.isEmpty() || type == null || type.isEmpty()) {
            throw new MalformedXmlException("FromUserName and MsgType are required");
        }
        return new InboundMessage(
                xml,
                document,
                nullToEmpty(document.get("ToUserName")),
                sender,
                number(document.get("CreateTime"), "CreateTime"),
                type.toLowerCase(Locale.ROOT),
                nullToEmpty(document.get("Event")),
                nullToEmpty(document.get("EventKey")),
                document.get("MsgId") == null || document.get("MsgId").isEmpty()
                        ? null
                        : number(document.get("MsgId"), "MsgId"));
    }

    boolean isEvent() {
        return "event".equals(type);
    }

    String get(String path) {
        return document.get(path);
    }

    /** What identifies this push across WeChat's retries: the MsgId, or sender, time, event and key for events. */
    String identity() {
        return msgId != null
                ? "msg:" + msgId
                : "event:" + sender + '\u0000' + createTime + '\u0000' + event + '\u0000' + eventKey;
    }

    private static long number(String value, String field) {
        if (value == null) {
            throw new MalformedXmlException(field + " is required");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new MalformedXmlException(field + " is not a number");
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
