package org.lotus.sensitivewords;

import java.util.Locale;

/** The language of a lexicon entry, or of a text to rewrite. */
public enum Language {
    ZH,
    FR,
    /** An entry that applies to both languages; as a rewrite language, every entry applies. */
    ANY;

    /**
     * Parses {@code zh}, {@code fr}, {@code any} or {@code both} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public static Language parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "zh" -> ZH;
            case "fr" -> FR;
            case "any", "both" -> ANY;
            default -> throw new IllegalArgumentException("language must be zh, fr, any or both, not '" + value + "'");
        };
    }

    /** True when an entry of language {@code entry} applies to a text in this language. */
    public boolean includes(Language entry) {
        return this == ANY || entry == ANY || entry == this;
    }

    /** The lower-case code used in TSV files and JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
