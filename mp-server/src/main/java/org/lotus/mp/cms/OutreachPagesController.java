package org.lotus.mp.cms;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.channels.Channels;
import org.lotus.mp.outreach.OutreachContact;
import org.lotus.mp.outreach.OutreachCsv;
import org.lotus.mp.outreach.OutreachLog;
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

    OutreachPagesController(OutreachLog outreach, OutreachTemplates templates, Channels channels, AuditLog audit) {
        this.outreach = outreach;
        this.templates = templates;
        this.channels = channels;
        this.audit = audit;
    }

    /** What was typed in the contact form, kept when it is shown again. */
    public record ContactForm(
            String platform, String city, String contactedOn, String phone, Long templateId, String outcome) {}

    /** An earlier contact of the same number, its day as staff write it (public so templates can read it). */
    public record EarlierRow(String contactedOn, String platform, String city) {}

    /** A listed contact, the number masked. */
    public record ContactRow(String contactedOn, String platform, String city, String phone, String outcome) {

        static ContactRow of(OutreachContact c) {
            return new ContactRow(
                    org.lotus.mp.i18n.ParisTime.day(c.getContactedOn()),
                    c.getPlatform(),
                    c.getCity(),
                    c.getPhoneLastFour() == null ? "—" : PhoneNumbers.masked(c.getPhoneLastFour()),
                    c.getOutcome());
        }
    }

    @GetMapping("/cms/outreach")
    String page(@RequestParam(required = false) String month, Model model) {
        YearMonth shown = month == null || month.isBlank() ? YearMonth.now(CommentPagesController.PARIS) : parse(month);
        model.addAttribute("month", shown.toString());
        model.addAttribute(
                "contacts",
                outreach.list(null, null, shown).stream().map(ContactRow::of).toList());
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
                    return page(null, model);
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
            return page(null, model);
        }
    }

    /** A template as the page shows it: the text rendered with its channel's link, ready to copy. */
    public record TemplateCard(long id, String title, String rendered) {}

    @PostMapping("/cms/outreach/templates")
    String saveTemplate(
            @RequestParam(required = false) Long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) Long channelId,
            Model model,
            RedirectAttributes redirect) {
        try {
            templates.save(id, title, text, channelId);
            audit.record("outreach.template-saved", "outreach-template", id, null);
            redirect.addFlashAttribute("notice", "outreach.templateSaved");
            return "redirect:/cms/outreach";
        } catch (InvalidFieldException e) {
            model.addAttribute("templateProblemKey", "outreach.problem.template." + e.field());
            model.addAttribute("templateProblemDetail", AlertPagesController.blockedTerms(e));
            model.addAttribute("typedTitle", title);
            model.addAttribute("typedText", text);
            model.addAttribute("typedChannelId", channelId);
            return page(null, model);
        }
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
