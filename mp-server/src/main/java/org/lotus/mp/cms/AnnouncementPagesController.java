package org.lotus.mp.cms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.lotus.content.InvalidContentException;
import org.lotus.content.StatusConflictException;
import org.lotus.content.announcement.Announcement;
import org.lotus.content.announcement.AnnouncementDraft;
import org.lotus.content.announcement.Announcements;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.publishing.PublishingSchedule;
import org.lotus.mp.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Announcements in the CMS: a notice with its validity and, for events, date, time and place; published or pushed. */
@Controller
class AnnouncementPagesController {

    private final Announcements announcements;
    private final PublishingSchedule schedule;
    private final AuditLog audit;

    AnnouncementPagesController(Announcements announcements, PublishingSchedule schedule, AuditLog audit) {
        this.announcements = announcements;
        this.schedule = schedule;
        this.audit = audit;
    }

    @GetMapping("/cms/announcements")
    String list(Model model) {
        model.addAttribute("announcements", announcements.list(null));
        if (!model.containsAttribute("announcement")) {
            model.addAttribute("announcement", new Announcement());
        }
        return "cms/announcements";
    }

    @GetMapping("/cms/announcements/{id}")
    String initUpdateForm(@PathVariable long id, Model model) {
        model.addAttribute("announcement", find(id));
        return list(model);
    }

    @PostMapping("/cms/announcements")
    String save(
            @RequestParam(required = false) Long id,
            @RequestParam String title,
            @RequestParam String body,
            @RequestParam(defaultValue = "zh") String language,
            @RequestParam(defaultValue = "") String validFrom,
            @RequestParam(defaultValue = "") String validUntil,
            @RequestParam(defaultValue = "") String eventDate,
            @RequestParam(defaultValue = "") String eventTime,
            @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "false") boolean push,
            @RequestParam(defaultValue = "false") boolean publishNow,
            RedirectAttributes redirect) {
        try {
            Instant from = validFrom.isBlank() ? Instant.now() : paris(validFrom);
            LocalDate event = eventDate.isBlank() ? null : LocalDate.parse(eventDate);
            AnnouncementDraft draft = new AnnouncementDraft(
                    title,
                    body,
                    language,
                    from,
                    validUntil.isBlank() ? defaultUntil(from, event) : paris(validUntil),
                    event,
                    eventTime.isBlank() ? null : LocalTime.parse(eventTime),
                    place.isBlank() ? null : place,
                    push);
            Announcement saved = id == null ? announcements.create(draft) : announcements.update(id, draft);
            audit.record(
                    id == null ? "announcement.created" : "announcement.updated", "announcement", saved.getId(), null);
            if (publishNow) {
                schedule.scheduleAnnouncement(saved.getId(), Instant.now());
                audit.record("announcement.publish-now", "announcement", saved.getId(), push ? "push" : null);
            }
            redirect.addFlashAttribute("notice", publishNow ? "announcements.publishing" : "announcements.saved");
        } catch (InvalidContentException e) {
            redirect.addFlashAttribute("problem", e.field() + " : " + e.getMessage());
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("problem", e.getParsedString());
        } catch (StatusConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/cms/announcements";
    }

    /** Unless said otherwise, an event's notice stays until the end of its day, any other notice for two weeks. */
    private static Instant defaultUntil(Instant from, LocalDate event) {
        return event == null
                ? from.plus(java.time.Duration.ofDays(14))
                : event.plusDays(1).atStartOfDay(CommentPagesController.PARIS).toInstant();
    }

    private static Instant paris(String localDateTime) {
        return localDateTime.isBlank()
                ? null
                : LocalDateTime.parse(localDateTime)
                        .atZone(CommentPagesController.PARIS)
                        .toInstant();
    }

    private Announcement find(long id) {
        return announcements.find(id).orElseThrow(() -> new NotFoundException("announcement", id));
    }
}
