package org.lotus.mp.outreach.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.outreach.OutreachContact;
import org.lotus.mp.outreach.OutreachCsv;
import org.lotus.mp.outreach.OutreachLog;
import org.lotus.mp.outreach.OutreachTemplates;
import org.lotus.mp.phones.PhoneNumbers;
import org.lotus.mp.web.InvalidFieldException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outreach log: record a contact (warned of the same number contacted lately), list, export, reveal. */
@RestController
@RequestMapping("/api")
@PreAuthorize("hasRole('MODERATOR')")
class OutreachController {

    private final OutreachLog outreach;
    private final OutreachTemplates templates;
    private final AuditLog audit;

    OutreachController(OutreachLog outreach, OutreachTemplates templates, AuditLog audit) {
        this.outreach = outreach;
        this.templates = templates;
        this.audit = audit;
    }

    record ContactRequest(
            String platform, String city, LocalDate contactedOn, String phone, Long templateId, String outcome) {}

    record PhoneRequest(String phone) {}

    /** A contact as listed: the number masked to its last four digits, the template by its title (deleted ones too). */
    record ContactView(
            long id,
            String platform,
            String city,
            LocalDate contactedOn,
            String phone,
            Long templateId,
            String templateTitle,
            String outcome,
            String loggedBy) {

        static ContactView of(OutreachContact c, Map<Long, String> titles) {
            return new ContactView(
                    c.getId(),
                    c.getPlatform(),
                    c.getCity(),
                    c.getContactedOn(),
                    c.getPhoneLastFour() == null ? null : PhoneNumbers.masked(c.getPhoneLastFour()),
                    c.getTemplateId(),
                    c.getTemplateId() == null ? null : titles.get(c.getTemplateId()),
                    c.getOutcome(),
                    c.getLoggedBy());
        }
    }

    @PostMapping("/outreach")
    ResponseEntity<Map<String, Object>> log(@RequestBody ContactRequest request, Principal staff) {
        OutreachLog.Logged logged = outreach.log(
                new OutreachLog.NewContact(
                        request.platform(),
                        request.city(),
                        request.contactedOn(),
                        request.phone(),
                        request.templateId(),
                        request.outcome()),
                staff.getName());
        audit.record("outreach.logged", "outreach", logged.contact().getId(), null);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("id", logged.contact().getId(), "alreadyContacted", logged.alreadyContacted()));
    }

    @PostMapping("/outreach/check")
    ResponseEntity<Map<String, Object>> check(@RequestBody PhoneRequest request) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(Map.of("alreadyContacted", outreach.alreadyContacted(request.phone())));
    }

    @GetMapping("/outreach")
    ResponseEntity<List<ContactView>> list(
            @RequestParam(required = false) String platform,
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String month) {
        List<OutreachContact> contacts = outreach.list(platform, city, month(month));
        Map<Long, String> titles = templates.titles(
                contacts.stream().map(OutreachContact::getTemplateId).toList());
        List<ContactView> views =
                contacts.stream().map(c -> ContactView.of(c, titles)).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(views);
    }

    @GetMapping(value = "/outreach.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) String platform,
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String month) {
        String csv = OutreachCsv.of(outreach.list(platform, city, month(month)));
        audit.record("outreach.exported", "outreach", null, null);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"outreach.csv\"")
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/outreach/{id}/reveal")
    ResponseEntity<Map<String, String>> reveal(@PathVariable long id) {
        String number = outreach.revealNumber(outreach.get(id));
        audit.record("outreach.number-revealed", "outreach", id, null);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("phone", number));
    }

    private static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("month", "month must be written YYYY-MM", "isoMonth");
        }
    }
}
