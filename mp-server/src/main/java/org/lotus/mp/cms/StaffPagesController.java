package org.lotus.mp.cms;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.staff.LoginAttempts;
import org.lotus.mp.staff.Role;
import org.lotus.mp.staff.StaffAccount;
import org.lotus.mp.staff.StaffAccounts;
import org.lotus.mp.staff.StaffLifecycle;
import org.lotus.mp.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff accounts in the CMS: list, create, give roles, disable and enable, set a temporary password, lift a lockout.
 * Administrators only.
 */
@Controller
class StaffPagesController {

    /** The new-account form. */
    public static class StaffForm {
        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9._@-]*")
        private String username;

        @NotBlank
        private String password;

        private List<Role> roles = new ArrayList<>(List.of(Role.EDITOR));

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

        public List<Role> getRoles() {
            return roles;
        }

        public void setRoles(List<Role> roles) {
            this.roles = roles;
        }

        /** A single role, as the form sent it before accounts could hold several. */
        public void setRole(Role role) {
            this.roles = new ArrayList<>(List.of(role));
        }

        public boolean holds(String role) {
            return roles != null && roles.stream().anyMatch(r -> r.name().equals(role));
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }
    }

    private final StaffAccounts accounts;
    private final StaffLifecycle lifecycle;
    private final LoginAttempts attempts;
    private final AuditLog audit;

    StaffPagesController(StaffAccounts accounts, StaffLifecycle lifecycle, LoginAttempts attempts, AuditLog audit) {
        this.accounts = accounts;
        this.lifecycle = lifecycle;
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
                lifecycle.create(
                        form.getUsername(), form.getPassword(), roles(form.getRoles()), null, form.getLanguage());
                redirect.addFlashAttribute("notice", "staff.created");
                return "redirect:/cms/staff";
            } catch (StaffAccounts.UsernameTakenException e) {
                errors.rejectValue("username", "staff.username.taken");
            } catch (StaffLifecycle.ChangeRefusedException e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        return list(model);
    }

    @PostMapping("/cms/staff/{id}/roles")
    String changeRoles(
            @PathVariable long id,
            @RequestParam(name = "roles", required = false) List<Role> roles,
            RedirectAttributes redirect) {
        return change(id, redirect, "staff.rolesChanged", () -> lifecycle.update(id, null, roles(roles)));
    }

    @PostMapping("/cms/staff/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        return change(
                id,
                redirect,
                enabled ? "staff.enabledNow" : "staff.disabledNow",
                () -> lifecycle.update(id, enabled, null));
    }

    @PostMapping("/cms/staff/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String temporaryPassword, RedirectAttributes redirect) {
        return change(id, redirect, "staff.passwordReset", () -> lifecycle.resetPassword(id, temporaryPassword));
    }

    @PostMapping("/cms/staff/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        StaffAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("staff account", id));
        attempts.unlock(account.getId());
        audit.record("staff.unlock", "staff", id, null);
        redirect.addFlashAttribute("notice", "staff.unlocked");
        return "redirect:/cms/staff";
    }

    /** Runs a change of one account; a refusal is shown on that account's line, with what to do. */
    private String change(long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (StaffLifecycle.ChangeRefusedException e) {
            redirect.addFlashAttribute("staffProblem", e.messageKey());
            redirect.addFlashAttribute("staffProblemId", id);
        }
        return "redirect:/cms/staff#staff-" + id;
    }

    private static Set<Role> roles(List<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private StaffRow row(StaffAccount account) {
        return new StaffRow(
                account.getId(),
                account.getUsername(),
                account.roleSet().stream().map(Role::name).toList(),
                account.getLanguage(),
                attempts.isAccountLocked(account.getId()),
                Boolean.TRUE.equals(account.getEnabled()),
                account.mustChangePassword());
    }
}
