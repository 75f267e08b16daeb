package org.lotus.mp.cms;

import java.time.Instant;
import org.lotus.content.InvalidContentException;
import org.lotus.content.StatusConflictException;
import org.lotus.content.partner.Partner;
import org.lotus.content.partner.PartnerDraft;
import org.lotus.content.partner.Partners;
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

/** Partner organisations in the CMS: what they offer, where, when, in which languages; listed once published. */
@Controller
class PartnerPagesController {

    private final Partners partners;
    private final PublishingSchedule schedule;
    private final AuditLog audit;

    PartnerPagesController(Partners partners, PublishingSchedule schedule, AuditLog audit) {
        this.partners = partners;
        this.schedule = schedule;
        this.audit = audit;
    }

    @GetMapping("/cms/partners")
    String list(Model model) {
        model.addAttribute("partners", partners.list(null));
        if (!model.containsAttribute("partner")) {
            model.addAttribute("partner", new Partner());
        }
        return "cms/partners";
    }

    @GetMapping("/cms/partners/{id}")
    String initUpdateForm(@PathVariable long id, Model model) {
        model.addAttribute("partner", partners.find(id).orElseThrow(() -> new NotFoundException("partner", id)));
        return list(model);
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
            RedirectAttributes redirect) {
        try {
            PartnerDraft draft = new PartnerDraft(name, services, address, hours, contact, languages);
            Partner saved = id == null ? partners.create(draft) : partners.update(id, draft);
            audit.record(id == null ? "partner.created" : "partner.updated", "partner", saved.getId(), null);
            if (publishNow) {
                schedule.schedulePartner(saved.getId(), Instant.now());
            }
            redirect.addFlashAttribute("notice", "partners.saved");
        } catch (InvalidContentException e) {
            redirect.addFlashAttribute("problem", e.field() + " : " + e.getMessage());
        } catch (StatusConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/cms/partners";
    }
}
