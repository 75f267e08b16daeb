package org.lotus.mp.staff;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Feeds login outcomes, from the API and the CMS alike, to the lockout counters. */
@Component
class LoginEvents {

    private final LoginAttempts attempts;

    LoginEvents(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        attempts.failed(event.getAuthentication().getName(), address);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        attempts.succeeded(event.getAuthentication().getName());
    }
}
