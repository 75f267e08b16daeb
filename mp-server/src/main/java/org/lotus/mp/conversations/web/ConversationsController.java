package org.lotus.mp.conversations.web;

import java.security.Principal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.comments.CustomerServiceReplies;
import org.lotus.mp.comments.ReaderMessages;
import org.lotus.mp.conversations.ConversationSummary;
import org.lotus.mp.conversations.Conversations;
import org.lotus.mp.i18n.StaffMessages;
import org.lotus.mp.privacy.ReaderErasure;
import org.lotus.mp.readers.Readers;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.mp.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/conversations}: threads, latest first with open urgent ones on top; one thread with both directions;
 * reply (optionally queued when WeChat does not answer), nickname, handled and its undo, erasure (administrators).
 */
@RestController
@RequestMapping("/api/conversations")
@PreAuthorize("hasRole('MODERATOR')")
class ConversationsController {

    static final int MAX_REPLY = 600;
    static final int MAX_NICKNAME = 64;

    /** A reply; {@code queue}: keep it and send it when WeChat answers, if WeChat cannot be reached now. */
    record ReplyRequest(String text, Boolean queue) {}

    record NicknameRequest(String nickname) {}

    private final Conversations conversations;
    private final CustomerServiceReplies replies;
    private final ReaderMessages messages;
    private final Readers readers;
    private final ReaderErasure erasure;
    private final StaffMessages wording;
    private final AuditLog audit;

    ConversationsController(
            Conversations conversations,
            CustomerServiceReplies replies,
            ReaderMessages messages,
            Readers readers,
            ReaderErasure erasure,
            StaffMessages wording,
            AuditLog audit) {
        this.conversations = conversations;
        this.replies = replies;
        this.messages = messages;
        this.readers = readers;
        this.erasure = erasure;
        this.wording = wording;
        this.audit = audit;
    }

    @GetMapping
    ResponseEntity<List<ConversationSummary>> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        List<ConversationSummary> list = conversations.list(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
        audit.recordRead(
                "list",
                "api",
                list.stream()
                        .map(ConversationSummary::lastMessageId)
                        .filter(java.util.Objects::nonNull)
                        .toList());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(list);
    }

    @GetMapping("/{reader}")
    ResponseEntity<ConversationView> thread(@PathVariable String reader) {
        var thread = conversations.thread(reader).orElseThrow(() -> unknown(reader));
        audit.recordRead(
                "open",
                "api",
                thread.entries().stream()
                        .filter(e -> "in".equals(e.direction()))
                        .map(e -> e.id())
                        .toList());
        ConversationView view = ConversationView.of(thread);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view);
    }

    @PostMapping("/{reader}/replies")
    ResponseEntity<Map<String, Object>> reply(
            @PathVariable String reader, @RequestBody ReplyRequest request, Principal staff) {
        String pseudonym = pseudonym(reader);
        String text = request.text() == null ? "" : request.text().strip();
        if (text.isEmpty() || text.length() > MAX_REPLY) {
            throw new InvalidFieldException(
                    "text", "a reply holds 1 to " + MAX_REPLY + " characters", "replyLength", MAX_REPLY);
        }
        var about = messages.ofReader(pseudonym).stream().reduce((a, b) -> b).orElse(null);
        var outcome = replies.reply(pseudonym, about, text, staff.getName(), Boolean.TRUE.equals(request.queue()));
        Map<String, Object> body = new LinkedHashMap<>();
        if (outcome instanceof CustomerServiceReplies.Outcome.Sent sent) {
            audit.record("conversation.reply", "reader", reader, null);
            body.put("status", "sent");
            body.put("text", sent.text());
            return ResponseEntity.status(HttpStatus.CREATED).body(body);
        }
        if (outcome instanceof CustomerServiceReplies.Outcome.Queued queued) {
            audit.record("conversation.reply.queued", "reader", reader, null);
            body.put("status", "queued");
            body.put("id", queued.replyId());
            body.put("message", wording.text("conversations.reply.queued"));
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
        }
        if (outcome instanceof CustomerServiceReplies.Outcome.Blocked blocked) {
            body.put("status", 400);
            body.put("error", "blocked terms need rewording");
            body.put("field", "text");
            body.put("message", wording.text("conversations.reply.blocked", terms(blocked)));
            body.put("findings", blocked.findings().stream().map(f -> f.term()).toList());
            return ResponseEntity.badRequest().body(body);
        }
        if (outcome instanceof CustomerServiceReplies.Outcome.WindowClosed) {
            body.put("status", 409);
            body.put("error", "the 48 hour reply window is closed");
            body.put("message", wording.text("comments.reply.closed"));
            return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
        }
        if (outcome instanceof CustomerServiceReplies.Outcome.Uncertain) {
            audit.record("conversation.reply.uncertain", "reader", reader, null);
            body.put("status", 502);
            body.put("error", "WeChat may have received the reply; check before sending it again");
            body.put("message", wording.text("conversations.reply.uncertain"));
            return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(body);
        }
        if (outcome instanceof CustomerServiceReplies.Outcome.WechatRefused refused) {
            body.put("status", 502);
            body.put("error", "WeChat refused the reply");
            body.put("errcode", refused.errcode());
            body.put("message", wording.wechatError(refused.errcode()));
            return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(body);
        }
        body.put("status", 503);
        body.put("error", "WeChat unreachable; send again with \"queue\": true to queue the reply");
        body.put("message", wording.wechatUnreachable());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }

    @PutMapping("/{reader}/nickname")
    Map<String, Object> rename(@PathVariable String reader, @RequestBody NicknameRequest request) {
        String nickname = request.nickname() == null ? "" : request.nickname().strip();
        if (nickname.length() > MAX_NICKNAME) {
            throw new InvalidFieldException(
                    "nickname", "at most " + MAX_NICKNAME + " characters", "tooLong", MAX_NICKNAME);
        }
        readers.rename(pseudonym(reader), nickname);
        audit.record("conversation.nickname", "reader", reader, null);
        return Map.of("reader", reader, "nickname", nickname);
    }

    @PostMapping("/{reader}/handled")
    Map<String, Object> handled(@PathVariable String reader, Principal staff) {
        int marked = messages.markReaderHandled(pseudonym(reader), staff.getName(), LocalDateTime.now(ZoneOffset.UTC));
        audit.record("conversation.handled", "reader", reader, null);
        return Map.of("reader", reader, "handled", marked);
    }

    @DeleteMapping("/{reader}/handled")
    Map<String, Object> reopen(@PathVariable String reader) {
        messages.reopenReader(pseudonym(reader));
        audit.record("conversation.reopened", "reader", reader, null);
        return Map.of("reader", reader, "open", true);
    }

    @DeleteMapping("/{reader}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> erase(@PathVariable String reader) {
        erasure.erasePseudonym(pseudonym(reader));
        audit.record("reader.erase", "reader", reader, null);
        return ResponseEntity.noContent().build();
    }

    private String pseudonym(String reader) {
        return conversations.pseudonymOf(reader).orElseThrow(() -> unknown(reader));
    }

    private static NotFoundException unknown(String reader) {
        return new NotFoundException("conversation", reader);
    }

    private static String terms(CustomerServiceReplies.Outcome.Blocked blocked) {
        return String.join("、", blocked.findings().stream().map(f -> f.term()).toList());
    }
}
