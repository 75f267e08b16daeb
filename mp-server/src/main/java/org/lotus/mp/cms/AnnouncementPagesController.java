package org.lotus.mp.cms;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.lotus.content.InvalidContentException;
import org.lotus.content.StatusConflictException;
import org.lotus.content.announcement.Announcement;
import org.lotus.content.announcement.AnnouncementDraft;
import org.lotus.content.announcement.Announcements;
import org.lotus.mp.articles.web.ContentMessages;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.i18n.StaffMessages;
import org.lotus.mp.publishing.ContentEditing;
import org.lotus.mp.publishing.ContentEditing.Saved;
import org.lotus.mp.publishing.PublishingSchedule;
import org.lotus.mp.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Announcements in the CMS: a notice with its validity and, for events, date, time and place; scheduled, published
 * or pushed, corrected or withdrawn once published. A refused save shows the form again as it was typed.
 */
@Controller
class AnnouncementPagesController {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final Announcements announcements;
    private final ContentEditing editing;
    private final PublishingSchedule schedule;
    private final MessageSource messages;
    private final PageActions actions;
    private final AuditLog audit;
    private final StaffMessages wording;

    /** One line of the list as staff read it: the event's day and hour, the reason translated (public for templates). */
    public record AnnouncementRow(
            long id, String title, String event, String validUntil, String status, String reason) {}

    AnnouncementPagesController(
            Announcements announcements,
            ContentEditing editing,
            PublishingSchedule schedule,
            MessageSource messages,
            PageActions actions,
            AuditLog audit,
            StaffMessages wording) {
        this.announcements = announcements;
        this.editing = editing;
        this.schedule = schedule;
        this.messages = messages;
        this.actions = actions;
        this.audit = audit;
        this.wording = wording;
    }

    @GetMapping("/cms/announcements")
    String list(Model model) {
        return page(AnnouncementForm.blank(), null, model);
    }

    @GetMapping("/cms/announcements/{id}")
    String initUpdateForm(@PathVariable long id, Model model) {
        Announcement announcement = find(id);
        return page(AnnouncementForm.of(announcement), announcement, model);
    }

    @PostMapping("/cms/announcements")
    String save(
            @ModelAttribute AnnouncementForm form,
            @RequestParam(defaultValue = "false") boolean publishNow,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Announcement current = form.id() == null ? null : find(form.id());
        try {
            AnnouncementDraft draft = draft(form);
            Saved<Announcement> saved;
            if (current != null && editing.isCorrection(current.getId())) {
                saved = editing.correctAnnouncement(current.getId(), draft);
                audit.record("announcement.corrected", "announcement", current.getId(), null);
                redirect.addFlashAttribute("notice", "announcements.corrected");
            } else {
                saved = editing.saveAnnouncement(form.id(), draft);
                audit.record(
                        current == null ? "announcement.created" : "announcement.updated",
                        "announcement",
                        saved.content().getId(),
                        null);
                if (publishNow) {
                    schedule.publishAnnouncementNow(saved.content().getId());
                    audit.record(
                            "announcement.publish-now",
                            "announcement",
                            saved.content().getId(),
                            null);
                }
                redirect.addFlashAttribute("notice", publishNow ? "announcements.publishing" : "announcements.saved");
            }
            redirect.addFlashAttribute("replacements", saved.replacements());
            return "redirect:/cms/announcements/" + saved.content().getId();
        } catch (InvalidContentException e) {
            model.addAttribute("fieldError", e.field());
            model.addAttribute("problem", ContentMessages.of(e, messages, locale));
        } catch (DateTimeParseException e) {
            model.addAttribute("problem", messages.getMessage("content.error.date", null, locale));
        } catch (StatusConflictException e) {
            model.addAttribute("problem", messages.getMessage("articles.changedMeanwhile", null, locale));
        }
        return page(form, current, model);
    }

    @PostMapping("/cms/announcements/{id}/schedule")
    String schedule(@PathVariable long id, @RequestParam String publishAt, Locale locale, RedirectAttributes redirect) {
        // Shown again in the schedule form if the time is refused.
        redirect.addFlashAttribute("typedPublishAt", publishAt);
        find(id);
        return actions.run("/cms/announcements/" + id, locale, redirect, "announcements.scheduled", () -> {
            schedule.scheduleAnnouncement(id, paris(publishAt));
            audit.record("announcement.scheduled", "announcement", id, publishAt + " Europe/Paris");
        });
    }

    @PostMapping("/cms/announcements/{id}/unschedule")
    String unschedule(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        find(id);
        return actions.run("/cms/announcements/" + id, locale, redirect, "announcements.unscheduled", () -> {
            schedule.unscheduleAnnouncement(id);
            audit.record("announcement.unscheduled", "announcement", id, null);
        });
    }

    @PostMapping("/cms/announcements/{id}/publish")
    String publishNow(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        find(id);
        return actions.run("/cms/announcements/" + id, locale, redirect, "announcements.publishing", () -> {
            schedule.publishAnnouncementNow(id);
            audit.record("announcement.publish-now", "announcement", id, null);
        });
    }

    @PostMapping("/cms/announcements/{id}/withdraw")
    String withdraw(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        find(id);
        return actions.run("/cms/announcements/" + id, locale, redirect, "announcements.withdrawn", () -> {
            announcements.withdraw(id);
            audit.record("announcement.withdrawn", "announcement", id, null);
        });
    }

    private String page(AnnouncementForm form, Announcement current, Model model) {
        model.addAttribute(
                "announcements",
                announcements.list(null).stream().map(this::row).toList());
        model.addAttribute("form", form);
        model.addAttribute("current", current);
        model.addAttribute("live", current != null && current.live());
        model.addAttribute("publishAtShown", current == null ? "" : ParisTime.shown(current.getPublishAt()));
        model.addAttribute("correctedAtShown", current == null ? "" : ParisTime.shown(current.getCorrectedAt()));
        model.addAttribute("nowParis", ParisTime.nowInput());
        model.addAttribute("bodyMax", Announcements.BODY_MAX);
        return "cms/announcements";
    }

    private AnnouncementRow row(Announcement a) {
        String event = String.join(
                        " ",
                        org.lotus.mp.i18n.ParisTime.day(a.getEventDate()),
                        a.getEventTime() == null ? "" : a.getEventTime().format(HOUR),
                        a.getPlace() == null ? "" : a.getPlace())
                .strip();
        return new AnnouncementRow(
                a.getId(),
                a.getTitle(),
                event,
                org.lotus.mp.i18n.ParisTime.format(a.getValidUntil()),
                a.getStatus().name(),
                wording.statusReason(a.getStatusReason()));
    }

    private static AnnouncementDraft draft(AnnouncementForm form) {
        Instant from = blank(form.validFrom()) ? Instant.now() : paris(form.validFrom());
        LocalDate event = blank(form.eventDate()) ? null : LocalDate.parse(form.eventDate());
        return new AnnouncementDraft(
                form.title(),
                form.body(),
                form.language(),
                from,
                blank(form.validUntil()) ? defaultUntil(from, event) : paris(form.validUntil()),
                event,
                blank(form.eventTime()) ? null : LocalTime.parse(form.eventTime()),
                blank(form.place()) ? null : form.place(),
                Boolean.TRUE.equals(form.push()));
    }

    /** Unless said otherwise, an event's notice stays until the end of its day, any other notice for two weeks. */
    private static Instant defaultUntil(Instant from, LocalDate event) {
        return event == null
                ? from.plus(Duration.ofDays(14))
                : event.plusDays(1).atStartOfDay(CommentPagesController.PARIS).toInstant();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime.trim())
                .atZone(CommentPagesController.PARIS)
                .toInstant();
    }

    private Announcement find(long id) {
        return announcements.find(id).orElseThrow(() -> new NotFoundException("announcement", id));
    }
}
