package org.lotus.mp.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be: at least 12 characters (at most 128, bcrypt reads 72 bytes), not the username, not
 * one of the shipped common passwords ({@code staff/common-passwords.txt}).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Why a password is refused: a message key for the CMS and an English sentence for the API. */
    public enum Problem {
        TOO_SHORT("password.tooShort", "password must be at least 12 characters"),
        TOO_LONG("password.tooLong", "password must be at most 128 characters"),
        USERNAME("password.username", "password must not be the username"),
        COMMON("password.common", "password is too common");

        private final String messageKey;
        private final String message;

        Problem(String messageKey, String message) {
            this.messageKey = messageKey;
            this.message = message;
        }

        public String messageKey() {
            return messageKey;
        }

        public String message() {
            return message;
        }
    }

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    public Optional<Problem> check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        String folded = fold(password);
        if (username != null
                && folded.contains(fold(username))
                && folded.length() - fold(username).length() < 4) {
            return Optional.of(Problem.USERNAME);
        }
        if (common.contains(folded)) {
            return Optional.of(Problem.COMMON);
        }
        return Optional.empty();
    }

    private static String fold(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        var stream = PasswordPolicy.class.getResourceAsStream("/staff/common-passwords.txt");
        if (stream == null) {
            throw new IllegalStateException("staff/common-passwords.txt missing from the jar");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PasswordPolicy::fold)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
