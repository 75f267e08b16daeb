package org.lotus.mp.cms;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.channels.Channels;
import org.lotus.mp.i18n.StaffMessages;
import org.lotus.mp.outreach.OutreachContact;
import org.lotus.mp.outreach.OutreachCsv;
import org.lotus.mp.outreach.OutreachLog;
import org.lotus.mp.outreach.OutreachTemplate;
import org.lotus.mp.outreach.OutreachTemplates;
import org.lotus.mp.phones.PhoneNumbers;
import org.lotus.mp.web.InvalidFieldException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Maraude virtuelle / 线上外展": log a contact in a few seconds (warned first when the number was contacted lately),
 * this month's contacts, and the message templates to copy.
 */
@Controller
class OutreachPagesController {

    static final List<String> PLATFORMS = List.of("Wannonce", "Vivastreet", "Sexemodel", "Locanto", "WeChat", "Autre");

    private final OutreachLog outreach;
    private final OutreachTemplates templates;
    private final Channels channels;
    private final AuditLog audit;
    private final StaffMessages messages;

    OutreachPagesController(
            OutreachLog outreach,
            OutreachTemplates templates,
            Channels channels,
            AuditLog audit,
            StaffMessages messages) {
        this.outreach = outreach;
        this.templates = templates;
        this.channels = channels;
        this.audit = audit;
        this.messages = messages;
    }

    /** What was typed in the contact form, kept when it is shown again. */
    public record ContactForm(
            String platform, String city, String contactedOn, String phone, Long templateId, String outcome) {}

    /** An earlier contact of the same number, its day as staff write it (public so templates can read it). */
    public record EarlierRow(String contactedOn, String platform, String city) {}

    /** A listed contact, the number masked, the message by its template's title (a deleted template's too). */
    public record ContactRow(
            String contactedOn, String platform, String city, String phone, String template, String outcome) {

        static ContactRow of(OutreachContact c, Map<Long, String> titles) {
            return new ContactRow(
                    org.lotus.mp.i18n.ParisTime.day(c.getContactedOn()),
                    c.getPlatform(),
                    c.getCity(),
                    c.getPhoneLastFour() == null ? "—" : PhoneNumbers.masked(c.getPhoneLastFour()),
                    c.getTemplateId() == null ? "—" : titles.getOrDefault(c.getTemplateId(), "—"),
                    c.getOutcome());
        }
    }

    /** What was typed in the template form, kept when it is shown again; no id for a new template. */
    public record TemplateForm(Long id, String title, String text, Long channelId) {

        static TemplateForm of(OutreachTemplate t) {
            return new TemplateForm(t.getId(), t.getTitle(), t.getText(), t.getChannelId());
        }
    }

    @GetMapping("/cms/outreach")
    String page(@RequestParam(required = false) String month, @RequestParam(required = false) Long edit, Model model) {
        YearMonth shown = month == null || month.isBlank() ? YearMonth.now(CommentPagesController.PARIS) : parse(month);
        model.addAttribute("month", shown.toString());
        List<OutreachContact> contacts = outreach.list(null, null, shown);
        Map<Long, String> titles = templates.titles(
                contacts.stream().map(OutreachContact::getTemplateId).toList());
        model.addAttribute(
                "contacts", contacts.stream().map(c -> ContactRow.of(c, titles)).toList());
        if (!model.containsAttribute("templateForm")) {
            model.addAttribute(
                    "templateForm",
                    edit == null ? new TemplateForm(null, "", "", null) : TemplateForm.of(templates.get(edit)));
        }
        model.addAttribute("templates", templates.list());
        model.addAttribute(
                "templateCards",
                templates.list().stream()
                        .map(t -> new TemplateCard(t.getId(), t.getTitle(), templates.rendered(t)))
                        .toList());
        model.addAttribute("channels", channels.list());
        model.addAttribute("channelLink", OutreachTemplates.CHANNEL_LINK);
        model.addAttribute("platforms", PLATFORMS);
        model.addAttribute("outcomes", List.of("sent", "replied", "refused", "unreachable"));
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new ContactForm(
                            "",
                            "Paris",
                            LocalDate.now(CommentPagesController.PARIS).toString(),
                            "",
                            null,
                            "sent"));
        }
        return "cms/outreach";
    }

    @PostMapping("/cms/outreach")
    String log(
            @RequestParam(defaultValue = "") String platform,
            @RequestParam(defaultValue = "") String city,
            @RequestParam(defaultValue = "") String contactedOn,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(required = false) Long templateId,
            @RequestParam(defaultValue = "sent") String outcome,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Principal staff,
            Model model,
            RedirectAttributes redirect) {
        ContactForm form = new ContactForm(platform, city, contactedOn, phone, templateId, outcome);
        try {
            if (!confirmed && !phone.isBlank()) {
                List<OutreachLog.EarlierContact> earlier = outreach.alreadyContacted(phone);
                if (!earlier.isEmpty()) {
                    model.addAttribute("form", form);
                    model.addAttribute(
                            "earlier",
                            earlier.stream()
                                    .map(c -> new EarlierRow(
                                            org.lotus.mp.i18n.ParisTime.day(c.contactedOn()), c.platform(), c.city()))
                                    .toList());
                    return page(null, null, model);
                }
            }
            LocalDate on = contactedOn.isBlank() ? null : LocalDate.parse(contactedOn);
            OutreachLog.Logged logged = outreach.log(
                    new OutreachLog.NewContact(platform, city, on, phone, templateId, outcome), staff.getName());
            audit.record("outreach.logged", "outreach", logged.contact().getId(), null);
            redirect.addFlashAttribute("notice", "outreach.logged");
            return "redirect:/cms/outreach";
        } catch (InvalidFieldException | java.time.format.DateTimeParseException e) {
            String field = e instanceof InvalidFieldException invalid ? invalid.field() : "contactedOn";
            model.addAttribute("form", form);
            model.addAttribute("problemKey", "outreach.problem." + field);
            return page(null, null, model);
        }
    }

    /** A template as the page shows it: the text rendered with its channel's link, ready to copy. */
    public record TemplateCard(long id, String title, String rendered) {}

    /** Creates a template, or changes one ({@code id}) as {@code PUT /api/outreach/templates/{id}} does. */
    @PostMapping("/cms/outreach/templates")
    String saveTemplate(
            @RequestParam(required = false) Long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) Long channelId,
            Model model,
            RedirectAttributes redirect) {
        try {
            OutreachTemplate saved = templates.save(id, title, text, channelId);
            audit.record(
                    id == null ? "outreach.template-created" : "outreach.template-updated",
                    "outreach-template",
                    saved.getId(),
                    null);
            redirect.addFlashAttribute("notice", "outreach.templateSaved");
            return "redirect:/cms/outreach";
        } catch (InvalidFieldException e) {
            model.addAttribute("templateProblem", refusal(e));
            model.addAttribute("templateForm", new TemplateForm(id, title, text, channelId));
            return page(null, null, model);
        }
    }

    /** Why a template was refused, in the staff member's language, the field named by its label. */
    private String refusal(InvalidFieldException e) {
        return e.code() != null
                ? messages.fieldError(e.field(), e.code(), e.args())
                : messages.text("error.field", messages.label(e.field()), messages.text("error.invalid"));
    }

    @PostMapping("/cms/outreach/templates/{id}/delete")
    String deleteTemplate(@PathVariable long id, RedirectAttributes redirect) {
        templates.delete(id);
        audit.record("outreach.template-deleted", "outreach-template", id, null);
        redirect.addFlashAttribute("notice", "outreach.templateDeleted");
        return "redirect:/cms/outreach";
    }

    @GetMapping("/cms/outreach.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String month) {
        String csv = OutreachCsv.of(outreach.list(null, null, month == null ? null : parse(month)));
        audit.record("outreach.exported", "outreach", null, null);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"outreach.csv\"")
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month);
        } catch (java.time.format.DateTimeParseException e) {
            return YearMonth.now(CommentPagesController.PARIS);
        }
    }
}
