package org.lotus.mp.replies.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.lotus.mp.replies.AutomaticReplies;
import org.lotus.mp.replies.AutomaticReply;
import org.lotus.mp.replies.ReplyKey;
import org.lotus.mp.web.NotFoundException;
import org.lotus.sensitivewords.Replacement;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The automatic replies over the API: every key with its text, as stored and as served now. Editors. */
@RestController
@PreAuthorize("hasRole('EDITOR')")
class RepliesController {

    record ReplyRequest(
            @NotBlank @Size(max = 4000) String text,
            @Size(max = 4000) String textFr,
            Long audioId) {}

    record ReplyView(
            String key,
            String text,
            String textFr,
            String served,
            int bytes,
            int maxBytes,
            Long audioId,
            List<Replacement> replacements) {}

    private final AutomaticReplies replies;

    RepliesController(AutomaticReplies replies) {
        this.replies = replies;
    }

    @GetMapping("/api/replies")
    List<ReplyView> list() {
        return replies.all().stream().map(r -> view(r, List.of())).toList();
    }

    @GetMapping("/api/replies/{key}")
    ReplyView show(@PathVariable String key) {
        return view(replies.get(key(key)), List.of());
    }

    @PutMapping(path = "/api/replies/{key}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReplyView update(@PathVariable String key, @Valid @RequestBody ReplyRequest request) {
        AutomaticReplies.Saved saved = replies.save(key(key), request.text(), request.textFr(), request.audioId());
        return view(saved.reply(), saved.replacements());
    }

    private ReplyView view(AutomaticReply reply, List<Replacement> replacements) {
        String served = replies.served(reply.key());
        return new ReplyView(
                reply.key().key(),
                reply.text(),
                reply.textFr(),
                served,
                served.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                AutomaticReplies.MAX_BYTES,
                reply.audioId(),
                replacements);
    }

    private static ReplyKey key(String key) {
        return ReplyKey.of(key).orElseThrow(() -> new NotFoundException("reply", key));
    }
}
