package org.lotus.mp.comments.web;

import java.io.IOException;
import java.util.List;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.comments.CommentMedia;
import org.lotus.mp.comments.ReaderMessages;
import org.lotus.mp.web.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reader messages for moderators, newest first, and their media; responses are never cached. */
@RestController
@RequestMapping("/api/comments")
@PreAuthorize("hasRole('MODERATOR')")
class CommentsController {

    private final ReaderMessages messages;
    private final CommentMedia media;
    private final AuditLog audit;

    CommentsController(ReaderMessages messages, CommentMedia media, AuditLog audit) {
        this.messages = messages;
        this.media = media;
        this.audit = audit;
    }

    @GetMapping
    ResponseEntity<List<CommentView>> latest(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        List<CommentView> views = messages.latest(Math.max(page, 0), Math.min(Math.max(size, 1), 200)).stream()
                .map(CommentView::of)
                .toList();
        audit.recordRead("list", "api", views.stream().map(CommentView::id).toList());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(views);
    }

    @GetMapping("/{id}/audio")
    ResponseEntity<Resource> audio(@PathVariable long id) throws IOException {
        CommentMedia.MediaFile file = media.audio(id).orElseThrow(() -> new NotFoundException("voice message", id));
        audit.recordRead("play", "api", List.of(id));
        return send(file);
    }

    @GetMapping("/{id}/media")
    ResponseEntity<Resource> media(@PathVariable long id) {
        CommentMedia.MediaFile file =
                media.media(id).orElseThrow(() -> new NotFoundException("image or video message", id));
        audit.recordRead("download", "api", List.of(id));
        return send(file);
    }

    private static ResponseEntity<Resource> send(CommentMedia.MediaFile file) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(file.path()));
    }
}
