package org.lotus.mp.cms;

/** The signed-in staff member as pages show them (public so templates can read it). */
public record SignedInStaff(String username, String role) {}
