package org.lotus.mp.staff;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Feeds login outcomes, from the API and the CMS alike, to the lockout counters of the account the name found. */
@Component
class LoginEvents {

    private final LoginAttempts attempts;
    private final StaffAccounts accounts;

    LoginEvents(LoginAttempts attempts, StaffAccounts accounts) {
        this.attempts = attempts;
        this.accounts = accounts;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        Long accountId = accounts.findByUsername(event.getAuthentication().getName())
                .map(StaffAccount::getId)
                .orElse(null);
        attempts.failed(accountId, address);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName())
                .ifPresent(account -> attempts.succeeded(account.getId()));
    }
}
