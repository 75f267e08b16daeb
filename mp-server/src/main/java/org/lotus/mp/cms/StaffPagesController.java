package org.lotus.mp.cms;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.staff.LoginAttempts;
import org.lotus.mp.staff.Role;
import org.lotus.mp.staff.StaffAccount;
import org.lotus.mp.staff.StaffAccounts;
import org.lotus.mp.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff accounts in the CMS: list, create, lift a lockout. Administrators only. */
@Controller
class StaffPagesController {

    /** The new-account form. */
    public static class StaffForm {
        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9._@-]*")
        private String username;

        @NotBlank
        @Size(min = 12, max = 128)
        private String password;

        @NotNull
        private Role role = Role.EDITOR;

        @Pattern(regexp = "fr|zh")
        private String language = "fr";

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }
    }

    private final StaffAccounts accounts;
    private final LoginAttempts attempts;
    private final AuditLog audit;

    StaffPagesController(StaffAccounts accounts, LoginAttempts attempts, AuditLog audit) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.audit = audit;
    }

    @GetMapping("/cms/staff")
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new StaffForm());
        }
        model.addAttribute("accounts", accounts.all().stream().map(this::row).toList());
        model.addAttribute("roles", Role.values());
        return "cms/staff";
    }

    @PostMapping("/cms/staff")
    String create(
            @Valid @ModelAttribute("form") StaffForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                StaffAccount account = accounts.create(
                        form.getUsername(), form.getPassword(), form.getRole(), null, form.getLanguage());
                audit.record("staff.create", "staff", account.getId(), "role " + account.getRole());
                redirect.addFlashAttribute("notice", "staff.created");
                return "redirect:/cms/staff";
            } catch (StaffAccounts.UsernameTakenException e) {
                errors.rejectValue("username", "staff.username.taken");
            }
        }
        return list(model);
    }

    @PostMapping("/cms/staff/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        StaffAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("staff account", id));
        attempts.unlock(account.getUsername());
        audit.record("staff.unlock", "staff", id, null);
        redirect.addFlashAttribute("notice", "staff.unlocked");
        return "redirect:/cms/staff";
    }

    private StaffRow row(StaffAccount account) {
        return new StaffRow(
                account.getId(),
                account.getUsername(),
                account.getRole().name(),
                account.getLanguage(),
                attempts.isAccountLocked(account.getUsername()));
    }
}
