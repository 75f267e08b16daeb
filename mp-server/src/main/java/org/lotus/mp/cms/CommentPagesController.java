package org.lotus.mp.cms;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.comments.CommentMedia;
import org.lotus.mp.comments.CustomerServiceReplies;
import org.lotus.mp.comments.ReaderMessage;
import org.lotus.mp.comments.ReaderMessages;
import org.lotus.mp.privacy.ReaderErasure;
import org.lotus.mp.web.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox of reader messages: read, listen, look, mark handled, reply within WeChat's 48 hours. */
@Controller
class CommentPagesController {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final int PAGE_SIZE = 30;

    private final ReaderMessages messages;
    private final CommentMedia media;
    private final CustomerServiceReplies replies;
    private final ReaderErasure erasure;
    private final AuditLog audit;

    CommentPagesController(
            ReaderMessages messages,
            CommentMedia media,
            CustomerServiceReplies replies,
            ReaderErasure erasure,
            AuditLog audit) {
        this.messages = messages;
        this.media = media;
        this.replies = replies;
        this.erasure = erasure;
        this.audit = audit;
    }

    @GetMapping("/cms/comments")
    String inbox(
            @RequestParam(defaultValue = "false") boolean urgent,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int current = Math.max(page, 0);
        var items = messages.inbox(current, PAGE_SIZE, urgent, open).stream()
                .map(this::item)
                .toList();
        audit.recordRead("list", "cms", items.stream().map(InboxItem::id).toList());
        model.addAttribute("items", items);
        model.addAttribute("urgentOnly", urgent);
        model.addAttribute("openOnly", open);
        model.addAttribute("page", current);
        return "cms/comments";
    }

    @PostMapping("/cms/comments/{id}/handled")
    String markHandled(@PathVariable long id, Principal staff, RedirectAttributes redirect) {
        messages.markHandled(find(id), staff.getName(), LocalDateTime.now(ZoneOffset.UTC));
        audit.record("comment.handled", "comment", id, null);
        redirect.addFlashAttribute("notice", "comments.markedHandled");
        return "redirect:/cms/comments";
    }

    @PostMapping("/cms/comments/{id}/reply")
    String reply(@PathVariable long id, @RequestParam String text, Principal staff, RedirectAttributes redirect) {
        ReaderMessage message = find(id);
        if (text.isBlank() || text.length() > 600) {
            redirect.addFlashAttribute("notice", "comments.reply.invalid");
            return "redirect:/cms/comments";
        }
        CustomerServiceReplies.Outcome outcome = replies.reply(message, text.strip(), staff.getName());
        if (outcome instanceof CustomerServiceReplies.Outcome.Sent) {
            audit.record("comment.reply", "comment", id, null);
            redirect.addFlashAttribute("notice", "comments.reply.sent");
        } else if (outcome instanceof CustomerServiceReplies.Outcome.WindowClosed) {
            redirect.addFlashAttribute("notice", "comments.reply.closed");
        } else if (outcome instanceof CustomerServiceReplies.Outcome.Blocked blocked) {
            redirect.addFlashAttribute(
                    "blockedTerms",
                    blocked.findings().stream().map(f -> f.term()).collect(Collectors.joining("、")));
        } else if (outcome instanceof CustomerServiceReplies.Outcome.WechatRefused refused) {
            redirect.addFlashAttribute("problem", "WeChat " + refused.errcode() + " " + refused.errmsg());
        }
        return "redirect:/cms/comments";
    }

    @PostMapping("/cms/comments/{id}/erase-reader")
    @PreAuthorize("hasRole('ADMIN')")
    String eraseReader(@PathVariable long id, RedirectAttributes redirect) {
        erasure.erasePseudonym(find(id).getReaderPseudonym());
        audit.record("reader.erase", "comment", id, null);
        redirect.addFlashAttribute("notice", "comments.erased");
        return "redirect:/cms/comments";
    }

    @GetMapping("/cms/comments/{id}/audio")
    ResponseEntity<Resource> audio(@PathVariable long id) throws IOException {
        CommentMedia.MediaFile file = media.audio(id).orElseThrow(() -> new NotFoundException("voice message", id));
        audit.recordRead("play", "cms", java.util.List.of(id));
        return send(file);
    }

    @GetMapping("/cms/comments/{id}/media")
    ResponseEntity<Resource> media(@PathVariable long id) {
        CommentMedia.MediaFile file =
                media.media(id).orElseThrow(() -> new NotFoundException("image or video message", id));
        audit.recordRead("download", "cms", java.util.List.of(id));
        return send(file);
    }

    private static ResponseEntity<Resource> send(CommentMedia.MediaFile file) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(new FileSystemResource(file.path()));
    }

    private ReaderMessage find(long id) {
        return messages.find(id).orElseThrow(() -> new NotFoundException("comment", id));
    }

    private InboxItem item(ReaderMessage message) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        LocalDateTime closes = replies.windowClosesAt(message).orElse(now);
        return new InboxItem(
                message.getId(),
                message.getReaderPseudonym().substring(0, 12),
                message.getKind(),
                message.getTextContent(),
                message.getTranscription(),
                paris(message.getReceivedAt()),
                Boolean.TRUE.equals(message.getUrgent()),
                message.getHandledAt() != null,
                message.getRepliedAt() == null ? null : paris(message.getRepliedAt()),
                message.getRepliedBy(),
                message.getMediaStatus() == ReaderMessage.MediaStatus.STORED,
                now.isBefore(closes),
                paris(closes));
    }

    static String paris(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(PARIS).format(SHOWN);
    }
}
