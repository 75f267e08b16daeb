package org.lotus.content.lifecycle;

import org.lotus.content.InvalidContentException;

/** The checks every kind of content applies to its text fields; lengths count characters as readers see them. */
public final class TextFields {

    private TextFields() {}

    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidContentException(field, "required", field + " is required");
        }
        return optional(field, value, max);
    }

    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > max) {
            throw new InvalidContentException(
                    field, "tooLong", field + " is longer than " + max + " characters", max, length);
        }
        return trimmed;
    }

    /** zh when not said; readers' content is Chinese first. */
    public static String language(String value) {
        String language = value == null || value.isBlank() ? "zh" : value.trim();
        if (!language.equals("zh") && !language.equals("fr")) {
            throw new InvalidContentException("language", "language", "language must be zh or fr");
        }
        return language;
    }
}
