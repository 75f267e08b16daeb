package org.lotus.mp.cms;

/** One line of the staff table (public so templates can read it). */
public record StaffRow(long id, String username, String role, String language, boolean locked) {}
