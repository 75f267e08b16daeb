package org.lotus.sensitivewords;

import java.util.Objects;

/**
 * One lexicon line: a censored term and its euphemism. An empty replacement marks a blocked term, one with no safe
 * form, that a person has to rewrite.
 */
public record LexiconEntry(String term, String replacement, Language language, String category, String note) {

    /** Longer terms are almost certainly a pasted sentence, and would slow the automaton for nothing. */
    static final int MAX_TERM_LENGTH = 100;

    public LexiconEntry {
        Objects.requireNonNull(language, "language");
        if (term == null || term.isBlank()) {
            throw new IllegalArgumentException("term must not be blank");
        }
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException("category must not be blank (term '" + term.strip() + "')");
        }
        term = term.strip();
        if (term.length() > MAX_TERM_LENGTH) {
            throw new IllegalArgumentException("term is longer than " + MAX_TERM_LENGTH + " characters");
        }
        replacement = replacement == null ? "" : replacement.strip();
        category = category.strip();
        note = note == null ? "" : note.strip();
    }

    public static LexiconEntry of(String term, String replacement, Language language, String category) {
        return new LexiconEntry(term, replacement, language, category, "");
    }

    /** A blocked term has no euphemism: a text holding it must be rewritten by a person. */
    public boolean blocked() {
        return replacement.isEmpty();
    }
}
