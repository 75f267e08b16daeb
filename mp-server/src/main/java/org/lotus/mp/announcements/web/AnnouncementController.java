package org.lotus.mp.announcements.web;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import org.lotus.content.PublicationStatus;
import org.lotus.content.announcement.Announcements;
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
@RequestMapping("/api/announcements")
@PreAuthorize("hasRole('EDITOR')")
class AnnouncementController {

    private final Announcements announcements;
    private final ContentEditing editing;
    private final PublishingSchedule schedule;
    private final AuditLog audit;

    AnnouncementController(
            Announcements announcements, ContentEditing editing, PublishingSchedule schedule, AuditLog audit) {
        this.announcements = announcements;
        this.editing = editing;
        this.schedule = schedule;
        this.audit = audit;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AnnouncementView create(@Valid @RequestBody AnnouncementRequest request) {
        var saved = editing.saveAnnouncement(null, request.draft());
        audit.record("announcement.created", "announcement", saved.content().getId(), null);
        return AnnouncementView.of(saved.content(), saved.replacements());
    }

    @GetMapping
    List<AnnouncementView> list(@RequestParam(required = false) PublicationStatus status) {
        return announcements.list(status).stream().map(AnnouncementView::of).toList();
    }

    @GetMapping("/{id}")
    AnnouncementView show(@PathVariable long id) {
        return AnnouncementView.of(announcements.get(id));
    }

    @PutMapping("/{id}")
    AnnouncementView update(@PathVariable long id, @Valid @RequestBody AnnouncementRequest request) {
        var saved = editing.saveAnnouncement(id, request.draft());
        audit.record("announcement.updated", "announcement", id, null);
        return AnnouncementView.of(saved.content(), saved.replacements());
    }

    /** Corrects a published announcement: rewritten, on the agenda at once; a push is never sent again. */
    @PostMapping("/{id}/correct")
    AnnouncementView correct(@PathVariable long id, @Valid @RequestBody AnnouncementRequest request) {
        var saved = editing.correctAnnouncement(id, request.draft());
        audit.record("announcement.corrected", "announcement", id, null);
        return AnnouncementView.of(saved.content(), saved.replacements());
    }

    /** Takes a published announcement off the agenda at once. */
    @PostMapping("/{id}/withdraw")
    AnnouncementView withdraw(@PathVariable long id) {
        var announcement = announcements.withdraw(id);
        audit.record("announcement.withdrawn", "announcement", id, null);
        return AnnouncementView.of(announcement);
    }

    @PostMapping("/{id}/schedule")
    AnnouncementView schedule(@PathVariable long id, @RequestBody PublishAt request) {
        Instant at = request.instant();
        var announcement = schedule.scheduleAnnouncement(id, at);
        audit.record("announcement.scheduled", "announcement", id, at.toString());
        return AnnouncementView.of(announcement);
    }

    @DeleteMapping("/{id}/schedule")
    AnnouncementView unschedule(@PathVariable long id) {
        var announcement = schedule.unscheduleAnnouncement(id);
        audit.record("announcement.unscheduled", "announcement", id, null);
        return AnnouncementView.of(announcement);
    }

    @PostMapping("/{id}/publish")
    @ResponseStatus(HttpStatus.ACCEPTED)
    AnnouncementView publishNow(@PathVariable long id) {
        var announcement = schedule.publishAnnouncementNow(id);
        audit.record("announcement.scheduled", "announcement", id, "publish now");
        return AnnouncementView.of(announcement);
    }
}
