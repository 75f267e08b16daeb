package org.lotus.mp.cms;

import java.security.Principal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.lotus.mp.alerts.ClientReport;
import org.lotus.mp.alerts.ClientReports;
import org.lotus.mp.alerts.Moderation;
import org.lotus.mp.alerts.web.AlertView;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.web.InvalidFieldException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Alertes / 安全提醒": readers' reports for moderators to read, listen to, approve, reject or merge. */
@Controller
class AlertPagesController {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ClientReports reports;
    private final Moderation moderation;
    private final AuditLog audit;

    AlertPagesController(ClientReports reports, Moderation moderation, AuditLog audit) {
        this.reports = reports;
        this.moderation = moderation;
        this.audit = audit;
    }

    /** A report as the page shows it, dates in Paris time. */
    public record AlertCard(AlertView alert, String reportedAt, String decidedAt) {}

    @GetMapping("/cms/alerts")
    String list(@RequestParam(defaultValue = "pending") String status, Model model) {
        ClientReport.Status wanted = switch (status) {
            case "approved" -> ClientReport.Status.APPROVED;
            case "rejected" -> ClientReport.Status.REJECTED;
            case "merged" -> ClientReport.Status.MERGED;
            default -> ClientReport.Status.PENDING;
        };
        List<AlertCard> cards = reports.list(wanted).stream()
                .map(r -> AlertView.of(r, reports))
                .map(a -> new AlertCard(a, shown(a.reportedAt()), a.decidedAt() == null ? null : shown(a.decidedAt())))
                .toList();
        audit.record("alerts.read", "alert", null, wanted.name().toLowerCase(Locale.ROOT) + ": " + cards.size());
        model.addAttribute("cards", cards);
        model.addAttribute("status", wanted.name().toLowerCase(Locale.ROOT));
        return "cms/alerts";
    }

    @PostMapping("/cms/alerts/{id}/approve")
    String approve(@PathVariable long id, @RequestParam String summary, Principal staff, RedirectAttributes redirect) {
        try {
            moderation.approve(id, summary, staff.getName());
            redirect.addFlashAttribute("notice", "alerts.approved");
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("problemId", id);
            redirect.addFlashAttribute("problemKey", "alerts.problem." + e.field());
            redirect.addFlashAttribute("problemDetail", blockedTerms(e));
            redirect.addFlashAttribute("typedSummary", summary);
        }
        return "redirect:/cms/alerts";
    }

    @PostMapping("/cms/alerts/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Principal staff,
            RedirectAttributes redirect) {
        try {
            moderation.reject(id, reason, staff.getName());
            redirect.addFlashAttribute("notice", "alerts.rejected");
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("problemId", id);
            redirect.addFlashAttribute("problemKey", "alerts.problem." + e.field());
        }
        return "redirect:/cms/alerts";
    }

    @PostMapping("/cms/alerts/{id}/merge")
    String merge(@PathVariable long id, @RequestParam long into, Principal staff, RedirectAttributes redirect) {
        try {
            moderation.merge(id, into, staff.getName());
            redirect.addFlashAttribute("notice", "alerts.merged");
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("problemId", id);
            redirect.addFlashAttribute("problemKey", "alerts.problem." + e.field());
        }
        return "redirect:/cms/alerts";
    }

    @PostMapping("/cms/alerts/{id}/reveal")
    String reveal(@PathVariable long id, @RequestParam(defaultValue = "pending") String status, Model model) {
        model.addAttribute("revealedId", id);
        model.addAttribute("revealedNumber", moderation.revealNumber(id));
        return list(status, model);
    }

    @PostMapping("/cms/alerts/{id}/announcement")
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('EDITOR')")
    String announce(@PathVariable long id, RedirectAttributes redirect) {
        long announcement = moderation.announce(id).getId();
        return "redirect:/cms/announcements/" + announcement;
    }

    private static String shown(java.time.Instant instant) {
        return SHOWN.format(instant.atZone(CommentPagesController.PARIS));
    }

    static String shown(java.time.LocalDateTime utc) {
        return SHOWN.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(CommentPagesController.PARIS));
    }

    /** The blocked terms a refused text still holds (what the page lists after the reason), or nothing. */
    static String blockedTerms(InvalidFieldException e) {
        return "blockedTerms".equals(e.code()) && e.args().length > 0 ? String.valueOf(e.args()[0]) : "";
    }
}
