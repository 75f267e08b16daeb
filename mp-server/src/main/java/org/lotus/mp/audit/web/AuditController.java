package org.lotus.mp.audit.web;

import java.util.List;
import org.lotus.mp.audit.AuditEvent;
import org.lotus.mp.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log, newest first, for administrators. */
@RestController
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    @PreAuthorize("hasRole('ADMIN')")
    List<AuditEvent> latest(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return audit.latest(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
    }
}
