package org.lotus.mp.cms;

import java.util.List;

/** One line of the staff table (public so templates can read it). */
public record StaffRow(
        long id,
        String username,
        List<String> roles,
        String language,
        boolean locked,
        boolean enabled,
        boolean passwordChangeRequired) {

    public boolean holds(String role) {
        return roles.contains(role);
    }
}
