package org.lotus.mp.staff;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a staff member may do: ADMIN manages people and settings, EDITOR content, MODERATOR reader messages. */
public enum Role {
    ADMIN,
    EDITOR,
    MODERATOR,
    /** Reads {@code /actuator/prometheus} only: the account a metrics scraper signs in with. */
    METRICS;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles as stored: a comma-separated set in declaration order, e.g. {@code EDITOR,MODERATOR}. */
    public static String format(Collection<Role> roles) {
        return EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(","));
    }

    public static Set<Role> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(stored.split(","))
                .map(String::strip)
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
