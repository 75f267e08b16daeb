package org.lotus.sensitivewords;

import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * Decides whether a Chinese hit stands as a word: 安全套 inside 安全套餐 or 法轮 inside 方法轮流 does not. HanLP
 * segments a few characters around the hit, and only when a dictionary word crosses one of its edges: segmenting is
 * the slow part, and most hits have no such neighbour.
 */
final class ChineseWords {

    /** Characters of context on each side: enough for the two- to four-character words that could overlap. */
    private static final int CONTEXT = 5;

    private static final String TERM_NATURE = "nz 1024";

    private final DynamicCustomDictionary custom;
    private final Segment segment;

    /**
     * The lexicon's own terms are words in a dictionary private to this lexicon, so swapping lexicons never touches
     * HanLP's global state.
     */
    ChineseWords(Collection<String> terms) {
        DynamicCustomDictionary shipped = CustomDictionary.DEFAULT;
        custom = new DynamicCustomDictionary(shipped.dat, new BinTrie<>(), shipped.path);
        for (String term : terms) {
            custom.insert(term, TERM_NATURE);
        }
        segment = new ViterbiSegment()
                .enableCustomDictionary(custom)
                .enableAllNamedEntityRecognize(false)
                .enableNumberQuantifierRecognize(false)
                .enablePartOfSpeechTagging(false);
    }

    /**
     * True unless segmenting the context places the hit's start (if {@code left}) or end inside a longer word. The
     * context stops at noise and at {@code stops}: characters under other hits or euphemisms.
     */
    boolean standsAlone(NormalisedText view, int begin, int end, boolean left, boolean right, BitSet stops) {
        char[] t = view.chars;
        int from = begin;
        while (from > 0 && begin - from < CONTEXT && view.gap[from] == 0 && isContext(t, from - 1, stops)) {
            from--;
        }
        int to = end;
        while (to < view.length && to - end < CONTEXT && view.gap[to] == 0 && isContext(t, to, stops)) {
            to++;
        }
        boolean checkLeft = left && from < begin;
        boolean checkRight = right && to > end;
        if (!checkLeft && !checkRight) {
            return true;
        }
        // Noise inside the hit (安全，套上) is a real separator for the words around it: each edge is judged on
        // the run of characters it belongs to.
        int firstGap = end;
        int lastGap = begin;
        for (int i = begin + 1; i < end; i++) {
            if (view.gap[i] != 0) {
                firstGap = Math.min(firstGap, i);
                lastGap = i;
            }
        }
        if (firstGap == end) {
            char[] window = java.util.Arrays.copyOfRange(t, from, to);
            return standsAlone(window, checkLeft ? begin - from : -1, checkRight ? end - from : -1);
        }
        boolean leftOk = !checkLeft || standsAlone(java.util.Arrays.copyOfRange(t, from, firstGap), begin - from, -1);
        return leftOk && (!checkRight || standsAlone(java.util.Arrays.copyOfRange(t, lastGap, to), -1, end - lastGap));
    }

    private static boolean isContext(char[] t, int k, BitSet stops) {
        return CharFolding.kind(t[k]) == CharFolding.CJK && !stops.get(k);
    }

    /** Edges are offsets in {@code window}, or -1 when that edge needs no check. */
    private boolean standsAlone(char[] window, int leftEdge, int rightEdge) {
        boolean crossed = (leftEdge > 0 && crossedByWord(window, leftEdge))
                || (rightEdge > 0 && rightEdge < window.length && crossedByWord(window, rightEdge));
        if (!crossed) {
            return true;
        }
        List<Term> words = segment.seg(window);
        boolean leftBoundary = leftEdge <= 0;
        boolean rightBoundary = rightEdge <= 0 || rightEdge >= window.length;
        int offset = 0;
        for (Term word : words) {
            offset += word.length();
            leftBoundary |= offset == leftEdge;
            rightBoundary |= offset == rightEdge;
        }
        return leftBoundary && rightBoundary;
    }

    /** Cheap pre-check: does any dictionary word of the window start before {@code edge} and end after it? */
    private boolean crossedByWord(char[] window, int edge) {
        for (int p = 0; p < edge; p++) {
            if (crosses(CoreDictionary.trie.commonPrefixSearchWithValue(window, p), p, edge)
                    || crosses(custom.dat.commonPrefixSearchWithValue(window, p), p, edge)
                    || crosses(custom.commonPrefixSearch(window, p), p, edge)) {
                return true;
            }
        }
        return false;
    }

    private static boolean crosses(List<? extends java.util.Map.Entry<String, ?>> words, int p, int edge) {
        for (java.util.Map.Entry<String, ?> word : words) {
            if (p + word.getKey().length() > edge) {
                return true;
            }
        }
        return false;
    }
}
