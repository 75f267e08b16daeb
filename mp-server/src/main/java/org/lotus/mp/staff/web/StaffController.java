package org.lotus.mp.staff.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.staff.LoginAttempts;
import org.lotus.mp.staff.Role;
import org.lotus.mp.staff.StaffAccount;
import org.lotus.mp.staff.StaffAccounts;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.mp.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff accounts over the API: administrators list and create them; everyone can see who they are. */
@RestController
class StaffController {

    record StaffView(long id, String username, Role role, String displayName, String language, boolean enabled) {
        static StaffView of(StaffAccount account) {
            return new StaffView(
                    account.getId(),
                    account.getUsername(),
                    account.getRole(),
                    account.getDisplayName(),
                    account.getLanguage(),
                    Boolean.TRUE.equals(account.getEnabled()));
        }
    }

    record NewStaff(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+")
            String username,

            @NotBlank @Size(min = 12, max = 128) String password,
            @NotNull Role role,
            @Size(max = 128) String displayName,
            @Pattern(regexp = "fr|zh") String language) {}

    private final StaffAccounts accounts;
    private final LoginAttempts attempts;
    private final AuditLog audit;

    StaffController(StaffAccounts accounts, LoginAttempts attempts, AuditLog audit) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.audit = audit;
    }

    @GetMapping("/api/me")
    StaffView me(Principal principal) {
        return accounts.findByUsername(principal.getName())
                .map(StaffView::of)
                .orElseThrow(() -> new NotFoundException("staff account", principal.getName()));
    }

    @GetMapping("/api/staff")
    List<StaffView> list() {
        return accounts.all().stream().map(StaffView::of).toList();
    }

    @GetMapping("/api/staff/{id}")
    StaffView show(@PathVariable long id) {
        return accounts.findById(id).map(StaffView::of).orElseThrow(() -> new NotFoundException("staff account", id));
    }

    /** Lifts a lockout before its window ends, e.g. after a staff member forgot a changed password. */
    @PostMapping("/api/staff/{id}/unlock")
    ResponseEntity<Void> unlock(@PathVariable long id) {
        StaffAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("staff account", id));
        attempts.unlock(account.getUsername());
        audit.record("staff.unlock", "staff", id, null);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/staff")
    ResponseEntity<StaffView> create(@Valid @RequestBody NewStaff request) {
        StaffAccount account;
        try {
            account = accounts.create(
                    request.username(), request.password(), request.role(), request.displayName(), request.language());
        } catch (StaffAccounts.UsernameTakenException e) {
            throw new InvalidFieldException("username", "username already in use");
        }
        audit.record("staff.create", "staff", account.getId(), "role " + account.getRole());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/staff/" + account.getId()))
                .body(StaffView.of(account));
    }
}
