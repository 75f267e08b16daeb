package org.lotus.mp.cms;

import java.security.Principal;
import org.lotus.mp.staff.StaffAccounts;
import org.lotus.mp.staff.StaffLifecycle;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing one's own password. Staff whose password was chosen by someone else (generated at first start, or set by
 * an administrator) are sent here before anything else.
 */
@Controller
class PasswordPagesController {

    private final StaffAccounts accounts;
    private final StaffLifecycle lifecycle;

    PasswordPagesController(StaffAccounts accounts, StaffLifecycle lifecycle) {
        this.accounts = accounts;
        this.lifecycle = lifecycle;
    }

    @GetMapping("/cms/password")
    String form(Principal principal, Model model) {
        model.addAttribute(
                "required",
                accounts.findByUsername(principal.getName())
                        .map(a -> a.mustChangePassword())
                        .orElse(false));
        return "cms/password";
    }

    @PostMapping("/cms/password")
    String change(
            @RequestParam String current,
            @RequestParam String password,
            @RequestParam String confirmation,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        if (!password.equals(confirmation)) {
            return refused("confirmation", "password.confirmationDiffers", principal, model);
        }
        try {
            lifecycle.changeOwnPassword(principal.getName(), current, password);
        } catch (StaffLifecycle.ChangeRefusedException e) {
            return refused(e.field(), e.messageKey(), principal, model);
        }
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/cms";
    }

    private String refused(String field, String messageKey, Principal principal, Model model) {
        model.addAttribute("errorField", field);
        model.addAttribute("errorKey", messageKey);
        return form(principal, model);
    }
}
