package org.lotus.mp.cms;

import java.time.LocalDateTime;
import java.util.Locale;
import org.lotus.content.InvalidContentException;
import org.lotus.content.StatusConflictException;
import org.lotus.content.partner.Partner;
import org.lotus.content.partner.PartnerDraft;
import org.lotus.content.partner.Partners;
import org.lotus.mp.articles.web.ContentMessages;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.publishing.ContentEditing;
import org.lotus.mp.publishing.ContentEditing.Saved;
import org.lotus.mp.publishing.PublishingSchedule;
import org.lotus.mp.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Partner organisations in the CMS: what they offer, where, when, in which languages; rewritten on save, scheduled or
 * published, corrected or withdrawn once listed.
 */
@Controller
class PartnerPagesController {

    private final Partners partners;
    private final ContentEditing editing;
    private final PublishingSchedule schedule;
    private final MessageSource messages;
    private final PageActions actions;
    private final AuditLog audit;

    PartnerPagesController(
            Partners partners,
            ContentEditing editing,
            PublishingSchedule schedule,
            MessageSource messages,
            PageActions actions,
            AuditLog audit) {
        this.partners = partners;
        this.editing = editing;
        this.schedule = schedule;
        this.messages = messages;
        this.actions = actions;
        this.audit = audit;
    }

    @GetMapping("/cms/partners")
    String list(Model model) {
        return page(new Partner(), null, model);
    }

    @GetMapping("/cms/partners/{id}")
    String initUpdateForm(@PathVariable long id, Model model) {
        Partner partner = find(id);
        return page(partner, partner, model);
    }

    @PostMapping("/cms/partners")
    String save(
            @RequestParam(required = false) Long id,
            @RequestParam String name,
            @RequestParam String services,
            @RequestParam(defaultValue = "") String address,
            @RequestParam(defaultValue = "") String hours,
            @RequestParam(defaultValue = "") String contact,
            @RequestParam(defaultValue = "") String languages,
            @RequestParam(defaultValue = "false") boolean publishNow,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Partner current = id == null ? null : find(id);
        PartnerDraft draft = new PartnerDraft(name, services, address, hours, contact, languages);
        try {
            boolean correction = current != null && current.live();
            Saved<Partner> saved = editing.savePartner(id, draft);
            audit.record(
                    current == null ? "partner.created" : correction ? "partner.corrected" : "partner.updated",
                    "partner",
                    saved.content().getId(),
                    null);
            if (publishNow && !correction) {
                schedule.publishPartnerNow(saved.content().getId());
            }
            redirect.addFlashAttribute("notice", correction ? "partners.corrected" : "partners.saved");
            redirect.addFlashAttribute("replacements", saved.replacements());
            return "redirect:/cms/partners/" + saved.content().getId();
        } catch (InvalidContentException e) {
            model.addAttribute("fieldError", e.field());
            model.addAttribute("problem", ContentMessages.of(e, messages, locale));
        } catch (StatusConflictException e) {
            model.addAttribute("problem", messages.getMessage("articles.changedMeanwhile", null, locale));
        }
        return page(typed(id, draft), current, model);
    }

    @PostMapping("/cms/partners/{id}/schedule")
    String schedule(@PathVariable long id, @RequestParam String publishAt, Locale locale, RedirectAttributes redirect) {
        // Shown again in the schedule form if the time is refused.
        redirect.addFlashAttribute("typedPublishAt", publishAt);
        find(id);
        return actions.run("/cms/partners/" + id, locale, redirect, "partners.scheduled", () -> {
            schedule.schedulePartner(
                    id,
                    LocalDateTime.parse(publishAt.trim())
                            .atZone(CommentPagesController.PARIS)
                            .toInstant());
            audit.record("partner.scheduled", "partner", id, publishAt + " Europe/Paris");
        });
    }

    @PostMapping("/cms/partners/{id}/unschedule")
    String unschedule(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        find(id);
        return actions.run("/cms/partners/" + id, locale, redirect, "partners.unscheduled", () -> {
            schedule.unschedulePartner(id);
            audit.record("partner.unscheduled", "partner", id, null);
        });
    }

    @PostMapping("/cms/partners/{id}/publish")
    String publishNow(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        find(id);
        return actions.run("/cms/partners/" + id, locale, redirect, "partners.publishing", () -> {
            schedule.publishPartnerNow(id);
            audit.record("partner.publish-now", "partner", id, null);
        });
    }

    @PostMapping("/cms/partners/{id}/withdraw")
    String withdraw(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        find(id);
        return actions.run("/cms/partners/" + id, locale, redirect, "partners.withdrawn", () -> {
            partners.withdraw(id);
            audit.record("partner.withdrawn", "partner", id, null);
        });
    }

    private String page(Partner form, Partner current, Model model) {
        model.addAttribute("partners", partners.list(null));
        model.addAttribute("partner", form);
        model.addAttribute("current", current);
        model.addAttribute("live", current != null && current.live());
        model.addAttribute("publishAtShown", current == null ? "" : ParisTime.shown(current.getPublishAt()));
        model.addAttribute("nowParis", ParisTime.nowInput());
        return "cms/partners";
    }

    private static Partner typed(Long id, PartnerDraft draft) {
        Partner partner = new Partner();
        partner.setId(id);
        partner.setName(draft.name());
        partner.setServices(draft.services());
        partner.setAddress(draft.address());
        partner.setHours(draft.hours());
        partner.setContact(draft.contact());
        partner.setLanguages(draft.languages());
        return partner;
    }

    private Partner find(long id) {
        return partners.find(id).orElseThrow(() -> new NotFoundException("partner", id));
    }
}
