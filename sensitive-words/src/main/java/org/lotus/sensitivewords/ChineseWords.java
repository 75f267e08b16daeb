package org.lotus.sensitivewords;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Decides whether a Chinese hit stands as a word: 安全套 inside 安全套餐 or 法轮 inside 方法轮流 does not. HanLP
 * segments a few characters around the hit, and only when a dictionary word crosses one of its edges: segmenting is
 * the slow part, and most hits have no such neighbour.
 */
final class ChineseWords {

    /** Characters of context on each side: enough for the two- to four-character words that could overlap. */
    private static final int CONTEXT = 5;

    private static final class Shared {
        static final ChineseWords INSTANCE = new ChineseWords();
    }

    /**
     * The words Viterbi segmentation can produce: HanLP's core and shipped custom dictionaries, read-only. Lexicon
     * terms are not inserted, so lexicons never touch HanLP's global state.
     */
    private final DoubleArrayTrie<?>[] dictionaries;

    private final Segment segment;

    /** log2 of the bits in {@link #pairs}. */
    private static final int PAIR_BITS = 23;

    /**
     * A Bloom filter (one hash) of the pairs of adjacent characters in the dictionaries' words: a word can only cross
     * an edge if it holds the two characters around it, and most edges have no such pair. Saves the walks through
     * the dictionaries' large arrays, which mostly miss the cache.
     */
    private final long[] pairs = new long[1 << (PAIR_BITS - 6)];

    private ChineseWords() {
        dictionaries = new DoubleArrayTrie<?>[] {CoreDictionary.trie, CustomDictionary.DEFAULT.dat};
        for (DoubleArrayTrie<?> dictionary : dictionaries) {
            addPairs(dictionary.getBase(), dictionary.getCheck());
        }
        segment = new ViterbiSegment()
                .enableAllNamedEntityRecognize(false)
                .enableNumberQuantifierRecognize(false)
                .enablePartOfSpeechTagging(false);
    }

    /** Loading HanLP's dictionaries takes a second: done once per process, on the first Chinese lexicon. */
    static ChineseWords shared() {
        return Shared.INSTANCE;
    }

    /**
     * True unless segmenting the context places the hit's start (if {@code left}) or end inside a longer word. The
     * context stops at noise and at {@code stops}: characters under other hits or euphemisms.
     */
    boolean standsAlone(NormalisedText view, int begin, int end, boolean left, boolean right, BitSet stops) {
        // An edge needs checking when a context character touches it and a dictionary word may hold the two
        // characters around it; most hits stop here, before any context is gathered.
        boolean checkLeft = left
                && begin > 0
                && !view.hasGap(begin)
                && isContext(view, begin - 1, stops)
                && mayHoldPair(view.charAt(begin - 1), view.charAt(begin));
        boolean checkRight = right
                && end < view.length
                && !view.hasGap(end)
                && isContext(view, end, stops)
                && mayHoldPair(view.charAt(end - 1), view.charAt(end));
        if (!checkLeft && !checkRight) {
            return true;
        }
        int from = begin;
        while (from > 0 && begin - from < CONTEXT && !view.hasGap(from) && isContext(view, from - 1, stops)) {
            from--;
        }
        int to = end;
        while (to < view.length && to - end < CONTEXT && !view.hasGap(to) && isContext(view, to, stops)) {
            to++;
        }
        // Noise inside the hit (安，全，套) separates the words around it: each edge is judged on its own run.
        int firstGap = end;
        int lastGap = begin;
        for (int i = begin + 1; i < end; i++) {
            if (view.hasGap(i)) {
                firstGap = Math.min(firstGap, i);
                lastGap = i;
            }
        }
        // The context's folded characters, indexed from 0.
        char[] t = view.copyChars(from, to);
        if (firstGap == end) {
            return standsAlone(t, 0, to - from, checkLeft ? begin - from : -1, checkRight ? end - from : -1);
        }
        return (!checkLeft || standsAlone(t, 0, firstGap - from, begin - from, -1))
                && (!checkRight || standsAlone(t, lastGap - from, to - from, -1, end - from));
    }

    private static boolean isContext(NormalisedText view, int k, BitSet stops) {
        return CharFolding.kind(view.charAt(k)) == CharFolding.CJK && !stops.get(k);
    }

    /** Edges index {@code t} within [from, to), or are -1 when that edge needs no check. */
    private boolean standsAlone(char[] t, int from, int to, int leftEdge, int rightEdge) {
        boolean crossed = (leftEdge > from && crossedByWord(t, from, to, leftEdge))
                || (rightEdge > from && rightEdge < to && crossedByWord(t, from, to, rightEdge));
        if (!crossed) {
            return true;
        }
        List<Term> words = segment.seg(from == 0 && to == t.length ? t : Arrays.copyOfRange(t, from, to));
        boolean leftBoundary = leftEdge <= from;
        boolean rightBoundary = rightEdge <= from || rightEdge >= to;
        int offset = from;
        for (Term word : words) {
            offset += word.length();
            leftBoundary |= offset == leftEdge;
            rightBoundary |= offset == rightEdge;
        }
        return leftBoundary && rightBoundary;
    }

    /**
     * Adds every pair of adjacent characters of the trie's words. In HanLP's double array a node is known by its base
     * {@code b}; its edge for character {@code c} is the slot {@code b + c + 1} whose check is {@code b}, leading to
     * the node {@code base[slot]}; the slot {@code b} itself, when its check is {@code b}, marks the end of a word.
     */
    private void addPairs(int[] base, int[] check) {
        int n = Math.min(base.length, check.length);
        int maxBase = 0;
        for (int p = 0; p < n; p++) {
            maxBase = Math.max(maxBase, base[p]);
        }
        // The character leading into each node; -1 for the root and for values that are no node.
        int[] incoming = new int[maxBase + 1];
        Arrays.fill(incoming, -1);
        for (int p = 0; p < n; p++) {
            int parent = check[p];
            if (parent > 0 && p > parent && p - parent - 1 < 65536 && base[p] > 0) {
                incoming[base[p]] = p - parent - 1;
            }
        }
        for (int p = 0; p < n; p++) {
            int parent = check[p];
            if (parent > 0 && p > parent && p - parent - 1 < 65536 && parent <= maxBase && incoming[parent] >= 0) {
                int bit = pairBit((char) incoming[parent], (char) (p - parent - 1));
                pairs[bit >>> 6] |= 1L << bit;
            }
        }
    }

    private static int pairBit(char a, char b) {
        return (int) ((((long) a << 16 | b) * 0x9E3779B97F4A7C15L) >>> (64 - PAIR_BITS));
    }

    /** False when no dictionary word holds {@code a} followed by {@code b}; true when some word may. */
    private boolean mayHoldPair(char a, char b) {
        int bit = pairBit(a, b);
        return (pairs[bit >>> 6] & (1L << bit)) != 0;
    }

    /** Cheap pre-check, without allocating: does a dictionary word start before {@code edge} and end after it? */
    private boolean crossedByWord(char[] t, int from, int to, int edge) {
        if (!mayHoldPair(t[edge - 1], t[edge])) {
            return false;
        }
        for (DoubleArrayTrie<?> dictionary : dictionaries) {
            int[] base = dictionary.getBase();
            int[] check = dictionary.getCheck();
            for (int p = from; p < edge; p++) {
                if (wordEndsAfter(base, check, t, p, to, edge)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Walks the double-array trie from {@code p}, as HanLP's own prefix search does, looking for a word ending past edge. */
    private static boolean wordEndsAfter(int[] base, int[] check, char[] t, int p, int to, int edge) {
        int b = base[0];
        for (int i = p; i < to; i++) {
            int next = b + t[i] + 1;
            if (next >= check.length || check[next] != b) {
                return false;
            }
            b = base[next];
            if (i + 1 > edge && check[b] == b && base[b] < 0) {
                return true;
            }
        }
        return false;
    }
}
