package org.lotus.mp.comments.web;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lotus.mp.audio.AudioClip;
import org.lotus.mp.audio.AudioLibrary;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.comments.CustomerServiceReplies;
import org.lotus.mp.comments.CustomerServiceReplies.Outcome;
import org.lotus.mp.comments.ReaderMessage;
import org.lotus.mp.comments.ReaderMessages;
import org.lotus.mp.web.InvalidFieldException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The API's answers to a reader (text or voice) and urgent flags, with WeChat's outcomes said in French and Chinese. */
@Component
class CommentAnswers {

    /** {@code {text}} or {@code {audioId}}, not both. */
    record ReplyRequest(String text, Long audioId) {}

    record UrgentRequest(Boolean urgent) {}

    private static final DateTimeFormatter PARIS =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final CustomerServiceReplies replies;
    private final AudioLibrary library;
    private final ReaderMessages messages;
    private final AuditLog audit;

    CommentAnswers(CustomerServiceReplies replies, AudioLibrary library, ReaderMessages messages, AuditLog audit) {
        this.replies = replies;
        this.library = library;
        this.messages = messages;
        this.audit = audit;
    }

    ResponseEntity<Map<String, Object>> reply(ReaderMessage message, ReplyRequest request, String staff) {
        boolean hasText = request.text() != null && !request.text().isBlank();
        if (hasText == (request.audioId() != null)) {
            throw new InvalidFieldException(
                    "text", "Écrivez une réponse ou choisissez un son · 请写回复或选择一段语音", "textOrClip");
        }
        Outcome outcome;
        if (hasText) {
            if (request.text().length() > 600) {
                throw new InvalidFieldException("text", "600 caractères au plus · 最多600个字", "replyLength", 600);
            }
            outcome = replies.reply(message, request.text().strip(), staff);
        } else {
            AudioClip clip = library.find(request.audioId())
                    .orElseThrow(() -> new InvalidFieldException(
                            "audioId", "Ce son n’existe pas dans la bibliothèque · 素材库里没有这段语音", "unknownClip"));
            outcome = replies.replyWithVoice(message, clip, staff);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (outcome instanceof Outcome.Sent sent) {
            audit.record("comment.reply", "comment", message.getId(), null);
            body.put("status", "sent");
            body.put("text", sent.text());
            return ResponseEntity.ok(body);
        }
        if (outcome instanceof Outcome.VoiceSent voice) {
            audit.record("comment.reply", "comment", message.getId(), "voice " + voice.audioId());
            body.put("status", "sent");
            body.put("audioId", voice.audioId());
            return ResponseEntity.ok(body);
        }
        if (outcome instanceof Outcome.WindowClosed closed) {
            String since = PARIS.format(closed.closedAt().toInstant(ZoneOffset.UTC));
            body.put("status", 409);
            body.put(
                    "error",
                    "WeChat n’autorise une réponse que 48 h après le dernier message de la lectrice : fermé depuis le "
                            + since + " (heure de Paris) · 微信只允许在读者最后一条留言后48小时内回复：已于 " + since
                            + "（巴黎时间）关闭");
            body.put("closedAt", closed.closedAt().atOffset(ZoneOffset.UTC).toString());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
        }
        if (outcome instanceof Outcome.Blocked blocked) {
            body.put("status", 400);
            body.put("error", "Termes bloqués à réécrire · 有被屏蔽的词，请改写");
            body.put("field", "text");
            body.put("findings", blocked.findings().stream().map(f -> f.term()).toList());
            return ResponseEntity.badRequest().body(body);
        }
        int errcode = outcome instanceof Outcome.WechatRefused refused ? refused.errcode() : -1;
        body.put("status", 502);
        body.put("error", "WeChat a refusé l’envoi · 微信拒绝发送");
        body.put("errcode", errcode);
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(body);
    }

    ReaderMessage urgent(ReaderMessage message, UrgentRequest request) {
        if (request.urgent() == null) {
            throw new InvalidFieldException("urgent", "true ou false · true 或 false", "trueOrFalse");
        }
        if (messages.markUrgent(message, request.urgent())) {
            audit.record(request.urgent() ? "comment.urgent" : "comment.notUrgent", "comment", message.getId(), null);
        }
        return message;
    }
}
