package org.lotus.sensitivewords;

import java.util.HashSet;
import java.util.Set;

/**
 * Finds euphemisms that could join their neighbours into a term: 工作 inside 性工作 (after "性卖淫"), or H阳性
 * followed by 工作. Only those are checked again after rewriting, so the common case costs nothing.
 */
final class Euphemisms {

    private Euphemisms() {}

    /** {@code risky[i]} is true when term i's replacement, once in the text, could become part of another term. */
    static boolean[] risky(CompiledTerm[] terms) {
        Set<String> inner = new HashSet<>();
        Set<String> heads = new HashSet<>();
        Set<String> tails = new HashSet<>();
        for (CompiledTerm term : terms) {
            String key = term.key();
            for (int i = 0; i < key.length(); i++) {
                for (int j = i + 1; j <= key.length(); j++) {
                    inner.add(key.substring(i, j));
                }
            }
            for (int k = 1; k < key.length(); k++) {
                heads.add(key.substring(0, k));
                tails.add(key.substring(k));
            }
        }
        boolean[] risky = new boolean[terms.length];
        for (int t = 0; t < terms.length; t++) {
            if (!terms[t].blocked()) {
                String r = fold(terms[t].replacement());
                risky[t] = !r.isEmpty() && (inner.contains(r) || endsWithHead(r, heads) || startsWithTail(r, tails));
            }
        }
        return risky;
    }

    /**
     * A term could start inside the euphemism and run past its end. Inside a Latin word that cannot be: the term's
     * start would touch a letter and fail the whole-word rule.
     */
    private static boolean endsWithHead(String r, Set<String> heads) {
        for (int k = 0; k < r.length(); k++) {
            boolean wordBreak = k == 0 || !(isWord(r.charAt(k - 1)) && isWord(r.charAt(k)));
            if (wordBreak && heads.contains(r.substring(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithTail(String r, Set<String> tails) {
        for (int k = 1; k <= r.length(); k++) {
            boolean wordBreak = k == r.length() || !(isWord(r.charAt(k - 1)) && isWord(r.charAt(k)));
            if (wordBreak && tails.contains(r.substring(0, k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWord(char folded) {
        return CharFolding.kind(folded) == CharFolding.WORD;
    }

    static String fold(String s) {
        NormalisedText view = NormalisedText.of(s, TextFormat.TEXT);
        return new String(view.chars, 0, view.length);
    }
}
