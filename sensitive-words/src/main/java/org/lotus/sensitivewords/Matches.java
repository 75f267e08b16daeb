package org.lotus.sensitivewords;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Turns raw automaton hits into accepted matches: left to right, longest first, each checked for noise gaps,
 * whole French words and whole Chinese words.
 */
final class Matches {

    /** More noise than this between two characters of a term, and they are two separate words. */
    static final int MAX_NOISE = 2;

    private Matches() {}

    /**
     * Accepted hits in text order, in the packed form of {@link Hits}, with the range each covers in the original
     * text (taken while the selection has the view's offsets at hand).
     */
    static final class Selected {
        private long[] keys = new long[16];
        private int[] starts = new int[16];
        private int[] ends = new int[16];
        private int size;

        void add(long key, int start, int end) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            keys[size] = key;
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        int size() {
            return size;
        }

        long get(int i) {
            return keys[i];
        }

        /** Start of the {@code i}th match in the original text. */
        int start(int i) {
            return starts[i];
        }

        /** End (exclusive) of the {@code i}th match in the original text. */
        int end(int i) {
            return ends[i];
        }
    }

    /**
     * Picks the hits to act on. With {@code words} null, Chinese edges are not checked: the strict reading used to
     * vet replacements at compile time.
     */
    static Selected select(NormalisedText view, Hits hits, CompiledTerm[] terms, ChineseWords words) {
        Selected selected = new Selected();
        if (hits.size() == 0) {
            return selected;
        }
        hits.sort();
        BitSet others = null;
        int cursor = 0;
        for (int i = 0; i < hits.size(); i++) {
            long key = hits.get(i);
            int begin = Hits.begin(key);
            int index = Hits.term(key);
            if (begin < cursor || index >= terms.length) {
                continue;
            }
            int end = Hits.end(key);
            CompiledTerm term = terms[index];
            if (!gapsAllowed(view, begin, end, term) || !wordEdgesAllowed(view, begin, end, term)) {
                continue;
            }
            boolean left = term.firstKind() == CharFolding.CJK;
            boolean right = term.lastKind() == CharFolding.CJK;
            if (words != null && (left || right)) {
                others = others != null ? others : replaceableSpans(hits, terms, view.length);
                if (!words.standsAlone(view, begin, end, left, right, others)) {
                    continue;
                }
            }
            selected.add(key, view.startOf(begin), view.endOf(end - 1));
            cursor = end;
        }
        return selected;
    }

    /**
     * Characters under a hit of a replaceable term or a euphemism. A Chinese hit's context stops there: the first
     * rewrite turns such a neighbour into a euphemism, and the second must judge the hit on the same context.
     */
    private static BitSet replaceableSpans(Hits hits, CompiledTerm[] terms, int length) {
        BitSet spans = new BitSet(length);
        for (int i = 0; i < hits.size(); i++) {
            long key = hits.get(i);
            int index = Hits.term(key);
            if (index >= terms.length || !terms[index].blocked()) {
                spans.set(Hits.begin(key), Hits.end(key));
            }
        }
        return spans;
    }

    /**
     * At most two noise characters between two characters of a term. A separator inside a word (a space between
     * letters, a comma or full stop anywhere) is allowed only where the term has one, or when every character is
     * spaced out ("v i o l", "安，全，套"): otherwise "pas se" would read as "passe" and "很安全，套上" as 安全套.
     */
    private static boolean gapsAllowed(NormalisedText view, int begin, int end, CompiledTerm term) {
        boolean separated = false;
        boolean everyGapFilled = true;
        for (int i = begin + 1; i < end; i++) {
            int count = view.gapCount(i);
            if (count > MAX_NOISE) {
                return false;
            }
            if (term.breakAt(i - begin)) {
                continue;
            }
            everyGapFilled &= count > 0;
            if (count > 0) {
                boolean latin = CharFolding.kind(view.charAt(i - 1)) == CharFolding.WORD
                        && CharFolding.kind(view.charAt(i)) == CharFolding.WORD;
                separated |= view.gapHasPause(i) || (latin && view.gapHasSpace(i));
            }
        }
        return !separated || everyGapFilled;
    }

    /** A French (or any Latin-script) term matches whole words only: no letter or digit may touch it. */
    private static boolean wordEdgesAllowed(NormalisedText view, int begin, int end, CompiledTerm term) {
        if (term.firstKind() == CharFolding.WORD) {
            int before = view.startOf(begin) - 1;
            if (before >= 0 && isWordChar(view.original[before])) {
                return false;
            }
        }
        if (term.lastKind() == CharFolding.WORD) {
            int after = view.endOf(end - 1);
            return after >= view.textLength || !isWordChar(view.original[after]);
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return CharFolding.classOf(c) == CharFolding.KEPT && CharFolding.kind(CharFolding.fold(c)) == CharFolding.WORD;
    }
}
