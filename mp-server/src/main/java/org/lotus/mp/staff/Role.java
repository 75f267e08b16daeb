package org.lotus.mp.staff;

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
}
