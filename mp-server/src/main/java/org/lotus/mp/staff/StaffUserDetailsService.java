package org.lotus.mp.staff;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Staff accounts as Spring Security users, one authority per role held; a locked-out account reports itself locked. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;
    private final LoginAttempts attempts;

    StaffUserDetailsService(StaffAccounts accounts, LoginAttempts attempts) {
        this.accounts = accounts;
        this.attempts = attempts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account =
                accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .authorities(account.roleSet().stream().map(Role::authority).toArray(String[]::new))
                .disabled(!Boolean.TRUE.equals(account.getEnabled()))
                .accountLocked(attempts.isAccountLocked(account.getId()))
                .build();
    }
}
