package org.lotus.mp.outreach.web;

import java.util.List;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.outreach.OutreachTemplate;
import org.lotus.mp.outreach.OutreachTemplates;
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

/**
 * Outreach message templates: Chinese, stored rewritten, with the channel's follow link rendered in; any moderator may
 * add or change one.
 */
@RestController
@RequestMapping("/api/outreach/templates")
@PreAuthorize("hasRole('MODERATOR')")
class OutreachTemplatesController {

    private final OutreachTemplates templates;
    private final AuditLog audit;

    OutreachTemplatesController(OutreachTemplates templates, AuditLog audit) {
        this.templates = templates;
        this.audit = audit;
    }

    record TemplateRequest(String title, String text, Long channelId) {}

    /** {@code text} as stored ({@code {channel}} marks the link's place), {@code rendered} as staff copy it. */
    record TemplateView(long id, String title, String text, Long channelId, String rendered) {}

    private TemplateView view(OutreachTemplate t) {
        return new TemplateView(t.getId(), t.getTitle(), t.getText(), t.getChannelId(), templates.rendered(t));
    }

    @GetMapping
    List<TemplateView> list() {
        return templates.list().stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    TemplateView one(@PathVariable long id) {
        return view(templates.get(id));
    }

    @PostMapping
    ResponseEntity<TemplateView> create(@RequestBody TemplateRequest request) {
        OutreachTemplate saved = templates.save(null, request.title(), request.text(), request.channelId());
        audit.record("outreach.template-created", "outreach-template", saved.getId(), null);
        return ResponseEntity.status(HttpStatus.CREATED).body(view(saved));
    }

    @PutMapping("/{id}")
    TemplateView update(@PathVariable long id, @RequestBody TemplateRequest request) {
        OutreachTemplate saved = templates.save(id, request.title(), request.text(), request.channelId());
        audit.record("outreach.template-updated", "outreach-template", id, null);
        return view(saved);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        templates.delete(id);
        audit.record("outreach.template-deleted", "outreach-template", id, null);
        return ResponseEntity.noContent().build();
    }
}
