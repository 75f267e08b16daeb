package org.lotus.mp.portal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * A decrypted push. {@code sender} is the reader's openid: it never leaves this package except to be turned into a
 * pseudonym or sealed, and it is never logged. {@code createTime} is WeChat's claim, used only to recognise retries:
 * some senders put milliseconds or an old clock in it, so it is never taken as the time a push was received.
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
        BigInteger msgId) {

    /** WeChat documents MsgId as a 64-bit id: read it unsigned, up to 2^64 − 1. */
    private static final BigInteger MAX_MSG_ID = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** Ids events carry of their own: two results in the same second from one sender are still two events. */
    private static final String[] EVENT_IDS = {"PublishEventInfo/publish_id", "MsgID", "MsgId", "Ticket"};

    static InboundMessage of(byte[] xml) {
        PushXml.Document document = PushXml.parse(xml);
        String sender = document.get("FromUserName");
        String type = document.get("MsgType");
        if (sender == null || sender.isEmpty() || type == null || type.isEmpty()) {
            throw new MalformedXmlException("FromUserName and MsgType are required");
        }
        String msgId = document.get("MsgId");
        return new InboundMessage(
                xml,
                document,
                nullToEmpty(document.get("ToUserName")),
                sender,
                number(document.get("CreateTime"), "CreateTime"),
                type.toLowerCase(Locale.ROOT),
                nullToEmpty(document.get("Event")),
                nullToEmpty(document.get("EventKey")),
                msgId == null || msgId.isEmpty() ? null : unsigned64(msgId));
    }

    boolean isEvent() {
        return "event".equals(type);
    }

    String get(String path) {
        return document.get(path);
    }

    /**
     * What identifies this push across WeChat's retries: the MsgId; for events the sender, time, event, key and the
     * event's own ids; for a message without MsgId the sender, time, type and a hash of what it holds.
     */
    String identity() {
        if (isEvent()) {
            StringBuilder identity = new StringBuilder("event:")
                    .append(sender)
                    .append('\u0000')
                    .append(createTime)
                    .append('\u0000')
                    .append(event)
                    .append('\u0000')
                    .append(eventKey);
            for (String id : EVENT_IDS) {
                String value = document.get(id);
                if (value != null && !value.isEmpty()) {
                    identity.append('\u0000').append(id).append('=').append(value);
                }
            }
            return identity.toString();
        }
        if (msgId != null) {
            return "msg:" + msgId;
        }
        return "unnumbered:" + sender + '\u0000' + createTime + '\u0000' + type + '\u0000' + contentHash();
    }

    private String contentHash() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> leaf : document.leaves()) {
                sha256.update((leaf.getKey() + '=' + leaf.getValue() + '\n').getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigInteger unsigned64(String value) {
        try {
            BigInteger id = new BigInteger(value.strip());
            if (id.signum() < 0 || id.compareTo(MAX_MSG_ID) > 0) {
                throw new MalformedXmlException("MsgId is outside 64 bits");
            }
            return id;
        } catch (NumberFormatException e) {
            throw new MalformedXmlException("MsgId is not a number");
        }
    }

    private static long number(String value, String field) {
        if (value == null) {
            throw new MalformedXmlException(field + " is required");
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new MalformedXmlException(field + " is not a number");
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
