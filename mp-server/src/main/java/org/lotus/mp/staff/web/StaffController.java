package org.lotus.mp.staff.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.i18n.StaffMessages;
import org.lotus.mp.staff.LoginAttempts;
import org.lotus.mp.staff.Role;
import org.lotus.mp.staff.StaffAccount;
import org.lotus.mp.staff.StaffAccounts;
import org.lotus.mp.staff.StaffLifecycle;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.mp.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff accounts over the API: administrators list, create, disable, give roles and set temporary passwords; everyone
 * can see who they are and change their own password.
 */
@RestController
class StaffController {

    record StaffView(
            long id,
            String username,
            Role role,
            Set<Role> roles,
            String displayName,
            String language,
            boolean enabled,
            boolean passwordChangeRequired) {
        static StaffView of(StaffAccount account) {
            return new StaffView(
                    account.getId(),
                    account.getUsername(),
                    account.getRole(),
                    account.roleSet(),
                    account.getDisplayName(),
                    account.getLanguage(),
                    Boolean.TRUE.equals(account.getEnabled()),
                    account.mustChangePassword());
        }
    }

    /** A new account: {@code roles} (several allowed), or a single {@code role} as before. */
    record NewStaff(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+")
            String username,

            @NotBlank String password,
            Role role,
            Set<Role> roles,
            @Size(max = 128) String displayName,
            @Pattern(regexp = "fr|zh") String language) {}

    /** What an administrator changes; absent parts stay as they are. */
    record StaffChange(Boolean enabled, Role role, Set<Role> roles) {}

    record TemporaryPassword(@NotBlank String password) {}

    record PasswordChange(
            @NotBlank String current, @NotBlank String password) {}

    private final StaffAccounts accounts;
    private final StaffLifecycle lifecycle;
    private final LoginAttempts attempts;
    private final AuditLog audit;
    private final StaffMessages wording;

    StaffController(
            StaffAccounts accounts,
            StaffLifecycle lifecycle,
            LoginAttempts attempts,
            AuditLog audit,
            StaffMessages wording) {
        this.accounts = accounts;
        this.lifecycle = lifecycle;
        this.attempts = attempts;
        this.audit = audit;
        this.wording = wording;
    }

    @GetMapping("/api/me")
    StaffView me(Principal principal) {
        return accounts.findByUsername(principal.getName())
                .map(StaffView::of)
                .orElseThrow(() -> new NotFoundException("staff account", principal.getName()));
    }

    /** The owner's own password, also the only thing an account with a temporary password may do. */
    @PostMapping("/api/me/password")
    ResponseEntity<Void> changeOwnPassword(@Valid @RequestBody PasswordChange request, Principal principal) {
        lifecycle.changeOwnPassword(principal.getName(), request.current(), request.password());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/staff")
    List<StaffView> list() {
        return accounts.all().stream().map(StaffView::of).toList();
    }

    @GetMapping("/api/staff/{id}")
    StaffView show(@PathVariable long id) {
        return StaffView.of(find(id));
    }

    /** Lifts a lockout before its window ends, e.g. after a staff member forgot a changed password. */
    @PostMapping("/api/staff/{id}/unlock")
    ResponseEntity<Void> unlock(@PathVariable long id) {
        attempts.unlock(find(id).getId());
        audit.record("staff.unlock", "staff", id, null);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/staff")
    ResponseEntity<StaffView> create(@Valid @RequestBody NewStaff request) {
        StaffAccount account;
        try {
            account = lifecycle.create(
                    request.username(),
                    request.password(),
                    roles(request.roles(), request.role()),
                    request.displayName(),
                    request.language());
        } catch (StaffAccounts.UsernameTakenException e) {
            throw new InvalidFieldException("username", "username already in use", "usernameTaken");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/staff/" + account.getId()))
                .body(StaffView.of(account));
    }

    /** Disables or enables an account (refused on its next request) and replaces its roles. */
    @PatchMapping("/api/staff/{id}")
    StaffView update(@PathVariable long id, @RequestBody StaffChange change) {
        Set<Role> roles = change.roles() == null && change.role() == null ? null : roles(change.roles(), change.role());
        return StaffView.of(lifecycle.update(id, change.enabled(), roles));
    }

    /** A temporary password; the owner must change it at the next sign-in. */
    @PostMapping("/api/staff/{id}/password")
    ResponseEntity<Void> resetPassword(@PathVariable long id, @Valid @RequestBody TemporaryPassword request) {
        lifecycle.resetPassword(id, request.password());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(StaffLifecycle.ChangeRefusedException.class)
    ResponseEntity<Map<String, Object>> refused(StaffLifecycle.ChangeRefusedException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        String message = wording.text("error.field", wording.label(e.field()), wording.text(e.messageKey()));
        body.put("error", e.getMessage());
        body.put("field", e.field());
        body.put("code", e.messageKey());
        body.put("message", message);
        body.put("errors", List.of(Map.of("field", e.field(), "message", message)));
        return ResponseEntity.badRequest().body(body);
    }

    private static Set<Role> roles(Set<Role> roles, Role role) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        if (roles != null) {
            held.addAll(roles);
        }
        if (role != null) {
            held.add(role);
        }
        return held;
    }

    private StaffAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("staff account", id));
    }
}
