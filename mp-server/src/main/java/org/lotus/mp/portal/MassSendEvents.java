package org.lotus.mp.portal;

import java.time.Instant;
import org.lotus.mp.wechat.MassSendFinished;

/** Reads a MASSSENDJOBFINISH event: WeChat's msg id of the send, its status and counts. */
final class MassSendEvents {

    private MassSendEvents() {}

    static MassSendFinished read(InboundMessage message) {
        String msgId = message.get("MsgID");
        if (msgId == null || msgId.isBlank()) {
            msgId = message.get("MsgId");
        }
        if (msgId == null || msgId.isBlank()) {
            throw new MalformedXmlException("MsgID is required");
        }
        String status = message.get("Status");
        return new MassSendFinished(
                msgId.strip(),
                status == null ? "" : status.strip(),
                count(message, "TotalCount"),
                count(message, "FilterCount"),
                count(message, "SentCount"),
                count(message, "ErrorCount"),
                Instant.ofEpochSecond(message.createTime()));
    }

    private static int count(InboundMessage message, String field) {
        String value = message.get(field);
        try {
            return value == null || value.isBlank() ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new MalformedXmlException(field + " is not a number");
        }
    }
}
