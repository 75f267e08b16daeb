package org.lotus.sensitivewords;

/**
 * One spelling the automaton looks for: an entry's folded term, or a generated French inflection of it with the
 * replacement inflected the same way.
 *
 * @param key folded term, noise removed
 * @param replacement euphemism to insert before the case pattern is applied; empty when blocked
 * @param breaks {@code breaks[k]} is true when the term itself has a space or punctuation before {@code key[k]}
 * @param acronym the entry is written in capitals (see {@link #of})
 */
record CompiledTerm(LexiconEntry entry, String key, String replacement, boolean[] breaks, boolean acronym) {

    /**
     * The spelling {@code key} of {@code entry}. An acronym (OQTF, HIV) is written in capitals whatever it stands for,
     * so its replacement keeps the lexicon's case instead of taking the text's.
     */
    static CompiledTerm of(LexiconEntry entry, String key, String replacement, boolean[] breaks) {
        return new CompiledTerm(entry, key, replacement, breaks, isAcronym(entry.term()));
    }

    boolean blocked() {
        return entry.blocked();
    }

    byte firstKind() {
        return CharFolding.kind(key.charAt(0));
    }

    byte lastKind() {
        return CharFolding.kind(key.charAt(key.length() - 1));
    }

    boolean breakAt(int k) {
        return breaks[k];
    }

    private static boolean isAcronym(String term) {
        int letters = 0;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isUpperCase(c) ? 1 : 0;
        }
        return letters >= 2;
    }
}
