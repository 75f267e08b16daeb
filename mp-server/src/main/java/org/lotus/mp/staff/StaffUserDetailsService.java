package org.lotus.mp.staff;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Staff accounts as Spring Security users, one authority per role held. A locked or disabled account gets a hash no
 * password matches instead of a "locked" flag: the password is still compared, so it takes as long and ends the same
 * way as a wrong password or an unknown name, and neither the answer nor its timing tells that the name exists.
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;
    private final LoginAttempts attempts;
    private final String refusedHash;

    StaffUserDetailsService(StaffAccounts accounts, LoginAttempts attempts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.attempts = attempts;
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        this.refusedHash = passwordEncoder.encode(Base64.getEncoder().encodeToString(secret));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account =
                accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        boolean refused = !Boolean.TRUE.equals(account.getEnabled()) || attempts.isAccountLocked(account.getId());
        return User.withUsername(account.getUsername())
                .password(refused ? refusedHash : account.getPasswordHash())
                .authorities(account.roleSet().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }
}
