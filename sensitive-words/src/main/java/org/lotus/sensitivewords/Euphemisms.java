package org.lotus.sensitivewords;

import java.util.HashMap;
import java.util.Map;

/**
 * Finds euphemisms that could join their neighbours into a term: 工作 inside 性工作 (after "性卖淫"), or H阳性
 * followed by 工作. Only those are checked again after rewriting, so the common case costs nothing.
 */
final class Euphemisms {

    private Euphemisms() {}

    /**
     * For each term, 0 when its euphemism can never become part of another term, else the length of the longest
     * term it could become part of: how far around it the text must be checked again.
     */
    static int[] reach(CompiledTerm[] terms) {
        Map<String, Integer> inner = new HashMap<>();
        Map<String, Integer> heads = new HashMap<>();
        Map<String, Integer> tails = new HashMap<>();
        for (CompiledTerm term : terms) {
            String key = term.key();
            int length = key.length();
            for (int i = 0; i < length; i++) {
                for (int j = i + 1; j <= length; j++) {
                    inner.merge(key.substring(i, j), length, Math::max);
                }
            }
            for (int k = 1; k < length; k++) {
                heads.merge(key.substring(0, k), length, Math::max);
                tails.merge(key.substring(k), length, Math::max);
            }
        }
        int[] reach = new int[terms.length];
        for (int t = 0; t < terms.length; t++) {
            String r = terms[t].blocked() ? "" : fold(terms[t].replacement());
            if (!r.isEmpty()) {
                reach[t] = Math.max(inner.getOrDefault(r, 0), Math.max(headReach(r, heads), tailReach(r, tails)));
            }
        }
        return reach;
    }

    /**
     * A term could start inside the euphemism and run past its end. Inside a Latin word that cannot be: the term's
     * start would touch a letter and fail the whole-word rule.
     */
    private static int headReach(String r, Map<String, Integer> heads) {
        int reach = 0;
        for (int k = 0; k < r.length(); k++) {
            if (k == 0 || !(isWord(r.charAt(k - 1)) && isWord(r.charAt(k)))) {
                reach = Math.max(reach, heads.getOrDefault(r.substring(k), 0));
            }
        }
        return reach;
    }

    private static int tailReach(String r, Map<String, Integer> tails) {
        int reach = 0;
        for (int k = 1; k <= r.length(); k++) {
            if (k == r.length() || !(isWord(r.charAt(k - 1)) && isWord(r.charAt(k)))) {
                reach = Math.max(reach, tails.getOrDefault(r.substring(0, k), 0));
            }
        }
        return reach;
    }

    private static boolean isWord(char folded) {
        return CharFolding.kind(folded) == CharFolding.WORD;
    }

    static String fold(String s) {
        NormalisedText view = NormalisedText.of(s, TextFormat.TEXT);
        return new String(view.chars, 0, view.length);
    }
}
