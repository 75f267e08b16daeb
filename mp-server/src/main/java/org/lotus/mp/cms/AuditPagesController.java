package org.lotus.mp.cms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.i18n.ParisTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log in the CMS, newest first, filtered by person, action and days (Paris). Administrators only. */
@Controller
class AuditPagesController {

    private static final int PAGE_SIZE = 50;
    /** Action families offered in the filter (prefixes of the recorded actions). */
    static final List<String> FAMILIES = List.of(
            "article",
            "announcement",
            "partner",
            "section",
            "menu",
            "lexicon",
            "conversation",
            "comment",
            "reader",
            "alert",
            "outreach",
            "staff");

    private final AuditLog audit;
    private final AuditRows rows;

    AuditPagesController(AuditLog audit, AuditRows rows) {
        this.audit = audit;
        this.rows = rows;
    }

    @GetMapping("/cms/audit")
    String list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        int current = Math.max(page, 0);
        String family = action == null || !FAMILIES.contains(action) ? null : action;
        model.addAttribute(
                "events",
                rows.rows(audit.search(
                        actor, family, utc(from), utc(to == null ? null : to.plusDays(1)), current, PAGE_SIZE)));
        model.addAttribute("actors", audit.actors());
        model.addAttribute("families", FAMILIES);
        model.addAttribute("actor", actor == null ? "" : actor);
        model.addAttribute("action", family == null ? "" : family);
        model.addAttribute("from", from == null ? "" : from.toString());
        model.addAttribute("to", to == null ? "" : to.toString());
        model.addAttribute("page", current);
        return "cms/audit";
    }

    private static LocalDateTime utc(LocalDate parisDay) {
        return parisDay == null
                ? null
                : parisDay.atStartOfDay(ParisTime.PARIS)
                        .withZoneSameInstant(ZoneOffset.UTC)
                        .toLocalDateTime();
    }
}
