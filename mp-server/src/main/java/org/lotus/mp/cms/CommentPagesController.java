package org.lotus.mp.cms;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.comments.CommentMedia;
import org.lotus.mp.conversations.Conversations;
import org.lotus.mp.i18n.ParisTime;
import org.lotus.mp.web.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The inbox: one line per reader, open urgent threads first, then latest first; and the messages' media. */
@Controller
class CommentPagesController {

    static final ZoneId PARIS = ParisTime.PARIS;
    private static final int PAGE_SIZE = 30;

    private final Conversations conversations;
    private final CommentMedia media;
    private final AuditLog audit;

    CommentPagesController(Conversations conversations, CommentMedia media, AuditLog audit) {
        this.conversations = conversations;
        this.media = media;
        this.audit = audit;
    }

    @GetMapping("/cms/comments")
    String inbox(
            @RequestParam(defaultValue = "false") boolean urgent,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int current = Math.max(page, 0);
        List<InboxViews.Row> rows = conversations.list(current, PAGE_SIZE).stream()
                .map(InboxViews::row)
                .toList();
        model.addAttribute("pageFull", rows.size() == PAGE_SIZE);
        // the list shows each thread's latest message: reading it is audited
        audit.recordRead(
                "list",
                "cms",
                rows.stream()
                        .map(InboxViews.Row::lastMessageId)
                        .filter(java.util.Objects::nonNull)
                        .toList());
        model.addAttribute(
                "threads",
                rows.stream()
                        .filter(r -> !urgent || r.urgentOpen() > 0)
                        .filter(r -> !open || r.open() > 0)
                        .toList());
        model.addAttribute("urgentOnly", urgent);
        model.addAttribute("openOnly", open);
        model.addAttribute("page", current);
        return "cms/comments";
    }

    @GetMapping("/cms/comments/{id}/audio")
    ResponseEntity<Resource> audio(@PathVariable long id) throws IOException {
        CommentMedia.MediaFile file = media.audio(id).orElseThrow(() -> new NotFoundException("voice message", id));
        audit.recordRead("play", "cms", List.of(id));
        return send(file);
    }

    @GetMapping("/cms/comments/{id}/media")
    ResponseEntity<Resource> media(@PathVariable long id) {
        CommentMedia.MediaFile file =
                media.media(id).orElseThrow(() -> new NotFoundException("image or video message", id));
        audit.recordRead("download", "cms", List.of(id));
        return send(file);
    }

    private static ResponseEntity<Resource> send(CommentMedia.MediaFile file) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(new FileSystemResource(file.path()));
    }

    static String paris(java.time.LocalDateTime utc) {
        return ParisTime.format(utc);
    }
}
