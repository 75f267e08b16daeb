package org.lotus.mp.cms;

import org.lotus.mp.audit.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log in the CMS, newest first. Administrators only. */
@Controller
class AuditPagesController {

    private static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditPagesController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/cms/audit")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        int current = Math.max(page, 0);
        model.addAttribute("events", audit.latest(current, PAGE_SIZE));
        model.addAttribute("page", current);
        return "cms/audit";
    }
}
