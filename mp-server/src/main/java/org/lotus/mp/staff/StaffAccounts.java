package org.lotus.mp.staff;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The staff accounts: lookup, creation with a hashed password, listing without hashes. */
@Service
public class StaffAccounts {

    private final StaffAccountMapper mapper;
    private final PasswordEncoder passwordEncoder;

    StaffAccounts(StaffAccountMapper mapper, PasswordEncoder passwordEncoder) {
        this.mapper = mapper;
        this.passwordEncoder = passwordEncoder;
    }

    public Optional<StaffAccount> findByUsername(String username) {
        return Optional.ofNullable(mapper.selectOne(new QueryWrapper<StaffAccount>().eq("username", username)));
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
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        StaffAccount account = new StaffAccount();
        account.setUsername(username);
        account.setPasswordHash(passwordEncoder.encode(rawPassword));
        account.setRole(role);
        account.setDisplayName(displayName);
        account.setLanguage(language == null ? "fr" : language);
        account.setEnabled(true);
        account.setCreatedAt(now);
        account.setUpdatedAt(now);
        try {
            mapper.insert(account);
        } catch (DuplicateKeyException e) {
            throw new UsernameTakenException(username);
        }
        return account;
    }

    public void changePassword(StaffAccount account, String rawPassword) {
        account.setPasswordHash(passwordEncoder.encode(rawPassword));
        account.setUpdatedAt(LocalDateTime.now(ZoneOffset.UTC));
        mapper.updateById(account);
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
