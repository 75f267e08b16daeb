package org.lotus.mp.alerts.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lotus.mp.alerts.ClientReport;
import org.lotus.mp.alerts.ClientReports;
import org.lotus.mp.alerts.Moderation;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.web.InvalidFieldException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Readers' reports of dangerous clients, for moderators; every read and decision is audited, never cached. */
@RestController
@RequestMapping("/api/alerts")
@PreAuthorize("hasRole('MODERATOR')")
class AlertsController {

    private final ClientReports reports;
    private final Moderation moderation;
    private final AuditLog audit;

    AlertsController(ClientReports reports, Moderation moderation, AuditLog audit) {
        this.reports = reports;
        this.moderation = moderation;
        this.audit = audit;
    }

    record Approval(String summary) {}

    record Rejection(String reason) {}

    record Merge(Long into) {}

    @GetMapping
    ResponseEntity<List<AlertView>> list(@RequestParam(defaultValue = "pending") String status) {
        ClientReport.Status wanted = status(status);
        List<AlertView> views =
                reports.list(wanted).stream().map(r -> AlertView.of(r, reports)).toList();
        audit.record("alerts.read", "alert", null, wanted.name().toLowerCase(Locale.ROOT) + ": " + views.size());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(views);
    }

    @GetMapping("/{id}")
    ResponseEntity<AlertView> one(@PathVariable long id) {
        AlertView view = AlertView.of(reports.get(id), reports);
        audit.record("alert.read", "alert", id, null);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view);
    }

    @PostMapping("/{id}/approve")
    AlertView approve(@PathVariable long id, @RequestBody Approval approval, Principal staff) {
        return AlertView.of(moderation.approve(id, approval.summary(), staff.getName()), reports);
    }

    @PostMapping("/{id}/reject")
    AlertView reject(@PathVariable long id, @RequestBody(required = false) Rejection rejection, Principal staff) {
        return AlertView.of(
                moderation.reject(id, rejection == null ? null : rejection.reason(), staff.getName()), reports);
    }

    @PostMapping("/{id}/merge")
    AlertView merge(@PathVariable long id, @RequestBody Merge merge, Principal staff) {
        if (merge.into() == null) {
            throw new InvalidFieldException(
                    "into", "the id of an earlier report of the same number is required", "alertInto");
        }
        return AlertView.of(moderation.merge(id, merge.into(), staff.getName()), reports);
    }

    @PostMapping("/{id}/reveal")
    ResponseEntity<Map<String, String>> reveal(@PathVariable long id) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(Map.of("phone", moderation.revealNumber(id)));
    }

    @PostMapping("/{id}/announcement")
    @PreAuthorize("hasRole('EDITOR')")
    ResponseEntity<Map<String, Object>> announce(@PathVariable long id) {
        long announcement = moderation.announce(id).getId();
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("announcementId", announcement));
    }

    private static ClientReport.Status status(String status) {
        try {
            return ClientReport.Status.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(
                    "status", "status must be pending, approved, rejected or merged", "alertStatus");
        }
    }
}
