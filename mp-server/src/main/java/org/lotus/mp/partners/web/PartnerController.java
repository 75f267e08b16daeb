package org.lotus.mp.partners.web;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import org.lotus.content.PublicationStatus;
import org.lotus.content.partner.Partners;
import org.lotus.mp.articles.web.PublishAt;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.publishing.ContentEditing;
import org.lotus.mp.publishing.PublishingSchedule;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/partners")
@PreAuthorize("hasRole('EDITOR')")
class PartnerController {

    private final Partners partners;
    private final PublishingSchedule schedule;
    private final ContentEditing editing;
    private final AuditLog audit;

    PartnerController(Partners partners, PublishingSchedule schedule, ContentEditing editing, AuditLog audit) {
        this.partners = partners;
        this.schedule = schedule;
        this.editing = editing;
        this.audit = audit;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PartnerView create(@Valid @RequestBody PartnerRequest request) {
        var saved = editing.savePartner(null, request.draft());
        audit.record("partner.created", "partner", saved.content().getId(), null);
        return PartnerView.of(saved.content(), saved.replacements());
    }

    @GetMapping
    List<PartnerView> list(@RequestParam(required = false) PublicationStatus status) {
        return partners.list(status).stream().map(PartnerView::of).toList();
    }

    @GetMapping("/{id}")
    PartnerView show(@PathVariable long id) {
        return PartnerView.of(partners.get(id));
    }

    @PutMapping("/{id}")
    PartnerView update(@PathVariable long id, @Valid @RequestBody PartnerRequest request) {
        var saved = editing.savePartner(id, request.draft());
        audit.record("partner.updated", "partner", id, null);
        return PartnerView.of(saved.content(), saved.replacements());
    }

    /** Takes a published partner off the partners page at once. */
    @PostMapping("/{id}/withdraw")
    PartnerView withdraw(@PathVariable long id) {
        var partner = partners.withdraw(id);
        audit.record("partner.withdrawn", "partner", id, null);
        return PartnerView.of(partner);
    }

    @PostMapping("/{id}/schedule")
    PartnerView schedule(@PathVariable long id, @RequestBody PublishAt request) {
        Instant at = request.instant();
        var partner = schedule.schedulePartner(id, at);
        audit.record("partner.scheduled", "partner", id, at.toString());
        return PartnerView.of(partner);
    }

    @DeleteMapping("/{id}/schedule")
    PartnerView unschedule(@PathVariable long id) {
        var partner = schedule.unschedulePartner(id);
        audit.record("partner.unscheduled", "partner", id, null);
        return PartnerView.of(partner);
    }

    @PostMapping("/{id}/publish")
    @ResponseStatus(HttpStatus.ACCEPTED)
    PartnerView publishNow(@PathVariable long id) {
        var partner = schedule.publishPartnerNow(id);
        audit.record("partner.scheduled", "partner", id, "publish now");
        return PartnerView.of(partner);
    }
}
