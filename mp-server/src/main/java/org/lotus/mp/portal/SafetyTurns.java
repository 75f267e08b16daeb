package org.lotus.mp.portal;

import java.util.Locale;
import org.lotus.mp.alerts.SafetyDesk;

/** A push as the safety desk reads it: a menu tap, a text, a voice message (with WeChat's transcription), or else. */
final class SafetyTurns {

    private SafetyTurns() {}

    static SafetyDesk.ReaderTurn of(InboundMessage message, String receiptKey) {
        if (message.isEvent()) {
            boolean click = "click".equals(message.event().toLowerCase(Locale.ROOT));
            return turn(
                    message, receiptKey, click ? SafetyDesk.ReaderTurn.Kind.MENU : SafetyDesk.ReaderTurn.Kind.OTHER);
        }
        return switch (message.type()) {
            case "text" -> turn(message, receiptKey, SafetyDesk.ReaderTurn.Kind.TEXT);
            case "voice" -> turn(message, receiptKey, SafetyDesk.ReaderTurn.Kind.VOICE);
            default -> turn(message, receiptKey, SafetyDesk.ReaderTurn.Kind.OTHER);
        };
    }

    private static SafetyDesk.ReaderTurn turn(
            InboundMessage message, String receiptKey, SafetyDesk.ReaderTurn.Kind kind) {
        String text = kind == SafetyDesk.ReaderTurn.Kind.VOICE ? message.get("Recognition") : message.get("Content");
        String messageId = message.msgId() == null ? null : String.valueOf(message.msgId());
        return new SafetyDesk.ReaderTurn(message.sender(), receiptKey, kind, text, messageId, message.eventKey());
    }
}
