package org.lotus.mp.staff;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when no staff account exists, from {@code ADMIN_USERNAME} and
 * {@code ADMIN_PASSWORD}; without them it generates a strong password, prints it once on the console, and asks for a
 * new one at the first sign-in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // health answers UP before runners finish: sign-in must work first
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    /** The first administrator's credentials, from the environment. */
    @ConfigurationProperties("admin")
    record Credentials(String username, String password) {}

    private final StaffAccounts accounts;
    private final Credentials credentials;

    FirstAdministrator(StaffAccounts accounts, Credentials credentials) {
        this.accounts = accounts;
        this.credentials = credentials;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.none()) {
            return;
        }
        String username = blank(credentials.username()) ? "admin" : credentials.username();
        boolean generated = blank(credentials.password());
        String password = generated ? generatePassword() : credentials.password();
        try {
            accounts.create(username, password, EnumSet.of(Role.ADMIN), null, "fr", generated);
        } catch (StaffAccounts.UsernameTakenException e) {
            return; // another instance created it first
        }
        log.info("First administrator account created");
        if (generated) {
            System.out.printf(
                    "%n  First administrator: username '%s', generated password: %s%n"
                            + "  It is shown this once: sign in, you will be asked to choose your own.%n%n",
                    username, password);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
