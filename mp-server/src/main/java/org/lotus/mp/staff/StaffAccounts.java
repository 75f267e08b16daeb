package org.lotus.mp.staff;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The staff accounts: lookup by exact username, creation with a hashed password, roles, passwords, disabling. */
@Service
public class StaffAccounts {

    private final StaffAccountMapper mapper;
    private final PasswordEncoder passwordEncoder;

    StaffAccounts(StaffAccountMapper mapper, PasswordEncoder passwordEncoder) {
        this.mapper = mapper;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * The account with exactly this username. The column compares bytes (migration V2026.11.30.11); the check here
     * keeps it exact on any database, so {@code ADMIN} or {@code admin } never find {@code admin}.
     */
    public Optional<StaffAccount> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return mapper.selectList(new QueryWrapper<StaffAccount>().eq("username", username)).stream()
                .filter(account -> username.equals(account.getUsername()))
                .findFirst();
    }

    public Optional<StaffAccount> findById(long id) {
        return Optional.ofNullable(mapper.selectById(id));
    }

    public boolean none() {
        return mapper.selectCount(null) == 0;
    }

    public List<StaffAccount> all() {
        return mapper.selectList(new QueryWrapper<StaffAccount>().orderByAsc("username"));
    }

    /** Creates an account; the raw password is hashed here and never kept. */
    public StaffAccount create(String username, String rawPassword, Role role, String displayName, String language) {
        return create(username, rawPassword, EnumSet.of(role), displayName, language, false);
    }

    /**
     * Creates an account holding {@code roles}; with {@code passwordChangeRequired} its owner must choose a new
     * password at the first sign-in. Names differing only in case are refused: people would confuse them.
     */
    public StaffAccount create(
            String username,
            String rawPassword,
            Collection<Role> roles,
            String displayName,
            String language,
            boolean passwordChangeRequired) {
        if (all().stream().anyMatch(a -> a.getUsername().equalsIgnoreCase(username))) {
            throw new UsernameTakenException(username);
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        StaffAccount account = new StaffAccount();
        account.setUsername(username);
        account.setPasswordHash(passwordEncoder.encode(rawPassword));
        account.assignRoles(roles);
        account.setDisplayName(displayName);
        account.setLanguage(language == null ? "fr" : language);
        account.setEnabled(true);
        account.setPasswordChangeRequired(passwordChangeRequired);
        account.setCreatedAt(now);
        account.setUpdatedAt(now);
        try {
            mapper.insert(account);
        } catch (DuplicateKeyException e) {
            throw new UsernameTakenException(username);
        }
        return account;
    }

    /** The owner's own new password: nothing more to change. */
    public void changePassword(StaffAccount account, String rawPassword) {
        setPassword(account, rawPassword, false);
    }

    /** A temporary password set by an administrator: the owner must change it at the next sign-in. */
    public void resetPassword(StaffAccount account, String rawPassword) {
        setPassword(account, rawPassword, true);
    }

    public boolean passwordMatches(StaffAccount account, String rawPassword) {
        return rawPassword != null && passwordEncoder.matches(rawPassword, account.getPasswordHash());
    }

    private void setPassword(StaffAccount account, String rawPassword, boolean changeRequired) {
        account.setPasswordHash(passwordEncoder.encode(rawPassword));
        account.setPasswordChangeRequired(changeRequired);
        update(account);
    }

    public void update(StaffAccount account) {
        account.setUpdatedAt(LocalDateTime.now(ZoneOffset.UTC));
        mapper.updateById(account);
    }

    /** Raised when a username is already in use. */
    public static class UsernameTakenException extends RuntimeException {
        public UsernameTakenException(String username) {
            super("username already in use");
        }
    }
}
