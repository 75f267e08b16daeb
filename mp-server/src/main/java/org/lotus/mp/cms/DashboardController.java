package org.lotus.mp.cms;

import org.lotus.mp.audit.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The CMS home: what needs attention today. */
@Controller
class DashboardController {

    private final AuditLog audit;

    DashboardController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping({"/cms", "/cms/"})
    String dashboard(Model model) {
        model.addAttribute("recentActions", audit.latest(0, 10));
        return "cms/dashboard";
    }
}
