package org.lotus.mp.cms;

import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.conversations.ReplyTemplate;
import org.lotus.mp.conversations.ReplyTemplates;
import org.lotus.mp.i18n.StaffMessages;
import org.lotus.mp.web.InvalidFieldException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Modèles de réponse / 回复模板": the ready-made replies of the inbox, changed, added or removed by moderators. A refused
 * save shows the form again as typed, the reason next to the field.
 */
@Controller
class ReplyTemplatePagesController {

    /** A form as the page shows it: stored values, or what was typed when it was refused. */
    public record TemplateForm(Long id, String labelFr, String labelZh, String text) {

        static TemplateForm of(ReplyTemplate t) {
            return new TemplateForm(t.getId(), t.getLabelFr(), t.getLabelZh(), t.getText());
        }

        public String key() {
            return id == null ? "new" : String.valueOf(id);
        }
    }

    private final ReplyTemplates templates;
    private final StaffMessages wording;
    private final AuditLog audit;

    ReplyTemplatePagesController(ReplyTemplates templates, StaffMessages wording, AuditLog audit) {
        this.templates = templates;
        this.wording = wording;
        this.audit = audit;
    }

    @GetMapping("/cms/comments/templates")
    String list(Model model) {
        return page(null, model);
    }

    @PostMapping("/cms/comments/templates")
    String create(
            @RequestParam(defaultValue = "") String labelFr,
            @RequestParam(defaultValue = "") String labelZh,
            @RequestParam(defaultValue = "") String text,
            Model model,
            RedirectAttributes redirect) {
        return save(new TemplateForm(null, labelFr, labelZh, text), model, redirect);
    }

    @PostMapping("/cms/comments/templates/{id}")
    String update(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String labelFr,
            @RequestParam(defaultValue = "") String labelZh,
            @RequestParam(defaultValue = "") String text,
            Model model,
            RedirectAttributes redirect) {
        templates.get(id);
        return save(new TemplateForm(id, labelFr, labelZh, text), model, redirect);
    }

    @PostMapping("/cms/comments/templates/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        templates.delete(id);
        audit.record("reply-template.deleted", "reply-template", id, null);
        redirect.addFlashAttribute("notice", "replyTemplates.deleted");
        return "redirect:/cms/comments/templates";
    }

    private String save(TemplateForm form, Model model, RedirectAttributes redirect) {
        try {
            ReplyTemplate saved =
                    templates.save(form.id(), new ReplyTemplates.Draft(form.labelFr(), form.labelZh(), form.text()));
            audit.record(
                    form.id() == null ? "reply-template.created" : "reply-template.updated",
                    "reply-template",
                    saved.getId(),
                    null);
            redirect.addFlashAttribute("notice", "replyTemplates.saved");
            return "redirect:/cms/comments/templates#template-" + saved.getId();
        } catch (InvalidFieldException e) {
            model.addAttribute("fieldError", e.field());
            model.addAttribute("problem", wording.fieldError(e.field(), e.code(), e.args()));
            return page(form, model);
        }
    }

    private String page(TemplateForm typed, Model model) {
        model.addAttribute(
                "forms",
                templates.list().stream()
                        .map(t -> typed != null && t.getId().equals(typed.id()) ? typed : TemplateForm.of(t))
                        .toList());
        model.addAttribute("newForm", typed != null && typed.id() == null ? typed : new TemplateForm(null, "", "", ""));
        model.addAttribute("refused", typed == null ? "" : typed.key());
        model.addAttribute("maxLabel", ReplyTemplates.MAX_LABEL);
        model.addAttribute("maxText", ReplyTemplates.MAX_TEXT);
        return "cms/reply-templates";
    }
}
