package org.lotus.mp.conversations.web;

import java.util.List;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.conversations.ReplyTemplate;
import org.lotus.mp.conversations.ReplyTemplates;
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
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/reply-templates}: the inbox's ready-made replies; moderators and administrators edit them. */
@RestController
@RequestMapping("/api/reply-templates")
@PreAuthorize("hasRole('MODERATOR')")
class ReplyTemplatesController {

    private final ReplyTemplates templates;
    private final AuditLog audit;

    ReplyTemplatesController(ReplyTemplates templates, AuditLog audit) {
        this.templates = templates;
        this.audit = audit;
    }

    record TemplateRequest(String labelFr, String labelZh, String text) {

        ReplyTemplates.Draft draft() {
            return new ReplyTemplates.Draft(labelFr, labelZh, text);
        }
    }

    record TemplateView(long id, String labelFr, String labelZh, String text, int position) {

        static TemplateView of(ReplyTemplate t) {
            return new TemplateView(t.getId(), t.getLabelFr(), t.getLabelZh(), t.getText(), t.getPosition());
        }
    }

    @GetMapping
    List<TemplateView> list() {
        return templates.list().stream().map(TemplateView::of).toList();
    }

    @GetMapping("/{id}")
    TemplateView one(@PathVariable long id) {
        return TemplateView.of(templates.get(id));
    }

    @PostMapping
    ResponseEntity<TemplateView> create(@RequestBody TemplateRequest request) {
        ReplyTemplate saved = templates.save(null, request.draft());
        audit.record("reply-template.created", "reply-template", saved.getId(), null);
        return ResponseEntity.status(HttpStatus.CREATED).body(TemplateView.of(saved));
    }

    @PutMapping("/{id}")
    TemplateView update(@PathVariable long id, @RequestBody TemplateRequest request) {
        ReplyTemplate saved = templates.save(id, request.draft());
        audit.record("reply-template.updated", "reply-template", id, null);
        return TemplateView.of(saved);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        templates.delete(id);
        audit.record("reply-template.deleted", "reply-template", id, null);
        return ResponseEntity.noContent().build();
    }
}
