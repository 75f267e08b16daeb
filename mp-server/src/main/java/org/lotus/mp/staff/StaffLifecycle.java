package org.lotus.mp.staff;

import java.util.Set;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to an account after it is created, for the API and the CMS alike: disabling and enabling, roles,
 * a temporary password set by an administrator, the owner's own change. Each change is audited (never a password);
 * one enabled administrator always remains.
 */
@Service
public class StaffLifecycle {

    /** A change refused: the field it concerns, a message key for the CMS and an English sentence for the API. */
    public static class ChangeRefusedException extends RuntimeException {
        private final String field;
        private final String messageKey;

        public ChangeRefusedException(String field, String messageKey, String message) {
            super(message);
            this.field = field;
            this.messageKey = messageKey;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final StaffAccounts accounts;
    private final PasswordPolicy policy;
    private final AuditLog audit;

    StaffLifecycle(StaffAccounts accounts, PasswordPolicy policy, AuditLog audit) {
        this.accounts = accounts;
        this.policy = policy;
        this.audit = audit;
    }

    /** Creates an account after checking its password; the first sign-in must change a password chosen by another. */
    public StaffAccount create(String username, String password, Set<Role> roles, String displayName, String language) {
        requireRoles(roles);
        requireAcceptable(username, password);
        StaffAccount account = accounts.create(username, password, roles, displayName, language, false);
        audit.record("staff.create", "staff", account.getId(), "roles " + account.getRoles());
        return account;
    }

    /** Enables or disables an account and replaces its roles; {@code null} leaves a part unchanged. */
    @Transactional
    public StaffAccount update(long id, Boolean enabled, Set<Role> roles) {
        StaffAccount account = find(id);
        boolean wasAdmin = isActiveAdmin(account);
        if (roles != null) {
            requireRoles(roles);
            account.assignRoles(roles);
        }
        if (enabled != null) {
            account.setEnabled(enabled);
        }
        if (wasAdmin && !isActiveAdmin(account) && activeAdmins() <= 1) {
            throw new ChangeRefusedException(
                    enabled != null && !enabled ? "enabled" : "roles",
                    "staff.lastAdmin",
                    "at least one enabled administrator must remain");
        }
        accounts.update(account);
        audit.record(
                "staff.update",
                "staff",
                id,
                "enabled " + Boolean.TRUE.equals(account.getEnabled()) + ", roles " + account.getRoles());
        return account;
    }

    /** An administrator sets a temporary password; its owner must change it at the next sign-in. */
    public void resetPassword(long id, String password) {
        StaffAccount account = find(id);
        requireAcceptable(account.getUsername(), password);
        accounts.resetPassword(account, password);
        audit.record("staff.password.reset", "staff", id, null);
    }

    /** The owner changes their own password, proving the current one. */
    public void changeOwnPassword(String username, String current, String password) {
        StaffAccount account =
                accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("staff account", username));
        if (!accounts.passwordMatches(account, current)) {
            throw new ChangeRefusedException("current", "password.currentWrong", "current password is wrong");
        }
        requireAcceptable(username, password);
        if (accounts.passwordMatches(account, password)) {
            throw new ChangeRefusedException("password", "password.same", "choose a password you have not used here");
        }
        accounts.changePassword(account, password);
        audit.record("staff.password.change", "staff", account.getId(), null);
    }

    private void requireAcceptable(String username, String password) {
        policy.check(username, password).ifPresent(problem -> {
            throw new ChangeRefusedException("password", problem.messageKey(), problem.message());
        });
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new ChangeRefusedException("roles", "staff.roles.none", "choose at least one role");
        }
    }

    private StaffAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("staff account", id));
    }

    private long activeAdmins() {
        return accounts.all().stream().filter(StaffLifecycle::isActiveAdmin).count();
    }

    private static boolean isActiveAdmin(StaffAccount account) {
        return Boolean.TRUE.equals(account.getEnabled()) && account.holds(Role.ADMIN);
    }
}
