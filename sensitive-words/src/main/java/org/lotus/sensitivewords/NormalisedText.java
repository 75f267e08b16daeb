package org.lotus.sensitivewords;

import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.parser.Parser;

/**
 * The matching view of a text: folded characters with noise dropped, and for each kept character its range in the
 * original text and the noise that preceded it. In HTML, markup becomes a single {@link CharFolding#BARRIER} so no
 * term matches across a tag, and a character reference counts as the one character it stands for.
 */
final class NormalisedText {

    /** Gap byte: noise characters before a kept character (capped), and whether a space or a pause was among them. */
    static final int GAP_COUNT = 0x1F;

    static final int GAP_SPACE = 0x20;
    static final int GAP_PAUSE = 0x40;

    private static final int MAX_ENTITY = 34;

    /**
     * Arrays of plain-text views kept for the next rewrite, so a large text does not allocate (and page in) several
     * megabytes each time. One set at most, for texts up to {@link #MAX_POOLED} characters: bounded memory whatever
     * the number of threads; a thread that finds the pool empty allocates.
     */
    private static final AtomicReference<Buffers> POOL = new AtomicReference<>();

    private static final int MAX_POOLED = 1 << 21;

    final String source;
    /** The text's characters; may be longer than the text when pooled: use {@link #textLength}. */
    final char[] original;

    final int textLength;
    /**
     * Folded characters; null in a plain-text scan, which derives them from {@link #start} (see {@link #charAt}).
     * Only {@link #of} views, built for short strings, are guaranteed to have them.
     */
    final char[] chars;

    final int length;
    final int[] start;
    /** Null in plain text, where each kept character spans exactly one original character. */
    final int[] end;

    /** Gap bytes; null in a plain-text scan, which derives them from the text (see {@link #gapByte}). */
    private final byte[] gap;

    /** The pooled arrays this view uses, to give back by {@link #release()}; null when allocated for it alone. */
    private Buffers buffers;

    private NormalisedText(
            String source, char[] original, char[] chars, int length, int[] start, int[] end, byte[] gap) {
        this.source = source;
        this.original = original;
        this.textLength = source.length();
        this.chars = chars;
        this.length = length;
        this.start = start;
        this.end = end;
        this.gap = gap;
    }

    static NormalisedText of(String text, TextFormat format) {
        return build(text, format == TextFormat.HTML, null, null);
    }

    /**
     * Builds the view and, in the same pass, runs {@code automaton} over its characters as they are produced, adding
     * every key found to {@code hits} (positions in the view): one pass over the text instead of two.
     */
    static NormalisedText scan(String text, TextFormat format, TermAutomaton automaton, Hits hits) {
        if (format == TextFormat.TEXT && !automaton.isEmpty()) {
            return scanText(text, automaton, hits);
        }
        return build(text, format == TextFormat.HTML, automaton.isEmpty() ? null : automaton, hits);
    }

    /**
     * Gives the view's arrays back to the pool. The view must not be used afterwards; what was built from it (output
     * text, records) holds no reference to them.
     */
    void release() {
        Buffers b = buffers;
        buffers = null;
        if (b != null && b.capacity() <= MAX_POOLED) {
            // Keep the larger set: a small window must not evict the arrays of a large text.
            Buffers pooled = POOL.get();
            if (pooled == null || pooled.capacity() < b.capacity()) {
                POOL.compareAndSet(pooled, b);
            }
        }
    }

    /** Arrays for a plain-text view. */
    private record Buffers(char[] original, int[] start) {
        int capacity() {
            return start.length;
        }

        static Buffers take(int length) {
            Buffers b = length <= MAX_POOLED ? POOL.getAndSet(null) : null;
            if (b != null && b.capacity() >= length) {
                return b;
            }
            return new Buffers(new char[length], new int[length]);
        }
    }

    /**
     * {@link #build} for plain text, fused with the automaton, into pooled arrays. The loop only records where each
     * kept character starts and steps the automaton: one table read folds, classifies and encodes a character. The
     * folded characters and the gaps are derived on demand, for the few positions the selection looks at.
     */
    private static NormalisedText scanText(String text, TermAutomaton automaton, Hits hits) {
        int len = text.length();
        Buffers buffers = Buffers.take(len);
        char[] src = buffers.original();
        text.getChars(0, len, src, 0);
        int[] start = buffers.start();
        int n = scanPlain(src, len, automaton, hits, start);
        NormalisedText view = new NormalisedText(text, src, null, n, start, null, null);
        view.buffers = buffers;
        return view;
    }

    /**
     * The loop of a plain-text scan over {@code src[0 .. len)}: fills {@code start} with where each kept character
     * starts, adds the keys found to {@code hits} (view positions), and returns the view's length.
     */
    static int scanPlain(char[] src, int len, TermAutomaton automaton, Hits hits, int[] start) {
        char[] raw = automaton.rawCodeTable();
        long[] slots = automaton.slotTable();
        int[] rootNext = automaton.rootNextTable();
        int state = automaton.root();
        int n = 0;
        for (int i = 0; i < len; i++) {
            int x = raw[src[i]];
            if (x >= TermAutomaton.SKIP) {
                if (x == TermAutomaton.SKIP) {
                    continue;
                }
                if (isNoisePair(src, i, len)) {
                    i++;
                    continue;
                }
                x = automaton.code(CharFolding.fold(src[i]));
            }
            start[n] = i;
            long slot = slots[(state >>> 1) + x];
            state = (int) (slot >>> 32) == state ? (int) slot : rootNext[x];
            if (TermAutomaton.emits(state)) {
                automaton.report(state, n + 1, hits);
            }
            n++;
        }
        return n;
    }

    /** True when {@code src[i]} starts a surrogate pair whose code point is noise (an emoji, a symbol). */
    private static boolean isNoisePair(char[] src, int i, int len) {
        return Character.isHighSurrogate(src[i])
                && i + 1 < len
                && Character.isLowSurrogate(src[i + 1])
                && CharFolding.classOfCodePoint(Character.toCodePoint(src[i], src[i + 1])) != CharFolding.KEPT;
    }

    /** The folded character at view position {@code k}. */
    char charAt(int k) {
        return chars != null ? chars[k] : CharFolding.fold(original[start[k]]);
    }

    /** The folded characters in {@code [from, to)} of the view. */
    char[] copyChars(int from, int to) {
        char[] copy = new char[to - from];
        for (int k = from; k < to; k++) {
            copy[k - from] = charAt(k);
        }
        return copy;
    }

    /**
     * The gap byte before view position {@code k}: noise characters between it and the previous kept character
     * (capped at {@link #GAP_COUNT}), and whether a space or a pause was among them.
     */
    int gapByte(int k) {
        if (gap != null) {
            return gap[k];
        }
        int from = k == 0 ? 0 : start[k - 1] + 1;
        int to = start[k];
        if (from == to) {
            return 0;
        }
        int noise = 0;
        int space = 0;
        for (int i = from; i < to; i++) {
            byte cls = CharFolding.classOf(original[i]);
            if (cls == CharFolding.KEPT) {
                // A noise surrogate pair: one noise character.
                noise++;
                i++;
            } else if (cls != CharFolding.IGNORABLE) {
                noise++;
                space |= separatorBits(cls);
            }
        }
        return packGap(noise, space);
    }

    /** True when noise (not merely ignorable characters) separates view position {@code k} from the one before. */
    boolean hasGap(int k) {
        return gapByte(k) != 0;
    }

    int startOf(int k) {
        return start[k];
    }

    int endOf(int k) {
        return end == null ? start[k] + 1 : end[k];
    }

    int gapCount(int k) {
        return gapByte(k) & GAP_COUNT;
    }

    boolean gapHasSpace(int k) {
        return (gapByte(k) & GAP_SPACE) != 0;
    }

    boolean gapHasPause(int k) {
        return (gapByte(k) & GAP_PAUSE) != 0;
    }

    private static NormalisedText build(String text, boolean html, TermAutomaton automaton, Hits hits) {
        char[] src = text.toCharArray();
        int len = src.length;
        char[] out = new char[len];
        int[] start = new int[len];
        int[] end = html ? new int[len] : null;
        byte[] gap = new byte[len];
        int n = 0;
        int noise = 0;
        int space = 0;
        int state = automaton == null ? 0 : automaton.root();
        for (int i = 0; i < len; i++) {
            char c = src[i];
            if (html && (c == '<' || c == '&')) {
                int stop = c == '<' ? HtmlMarkup.end(src, i) : -1;
                if (stop > i) {
                    out[n] = CharFolding.BARRIER;
                    start[n] = i;
                    end[n] = stop;
                    gap[n] = 0;
                    if (automaton != null) {
                        state = automaton.root();
                    }
                    n++;
                    noise = 0;
                    space = 0;
                    i = stop - 1;
                    continue;
                }
                int entityEnd = c == '&' ? entityEnd(src, i) : -1;
                if (entityEnd > 0) {
                    String decoded = Parser.unescapeEntities(new String(src, i, entityEnd - i), false);
                    if (decoded.length() == 1 && !Character.isSurrogate(decoded.charAt(0))) {
                        char d = decoded.charAt(0);
                        byte cls = CharFolding.classOf(d);
                        if (cls == CharFolding.KEPT) {
                            char f = CharFolding.fold(d);
                            out[n] = f;
                            start[n] = i;
                            end[n] = entityEnd;
                            gap[n] = packGap(noise, space);
                            if (automaton != null) {
                                state = automaton.next(state, automaton.code(f));
                                if (TermAutomaton.emits(state)) {
                                    automaton.report(state, n + 1, hits);
                                }
                            }
                            n++;
                            noise = 0;
                            space = 0;
                        } else if (cls != CharFolding.IGNORABLE) {
                            noise++;
                            space |= separatorBits(cls);
                        }
                        i = entityEnd - 1;
                        continue;
                    }
                }
            }
            byte cls = CharFolding.classOf(c);
            if (cls == CharFolding.KEPT) {
                if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(src[i + 1])) {
                    if (CharFolding.classOfCodePoint(Character.toCodePoint(c, src[i + 1])) != CharFolding.KEPT) {
                        noise++;
                        i++;
                        continue;
                    }
                }
                char f = CharFolding.fold(c);
                out[n] = f;
                start[n] = i;
                if (end != null) {
                    end[n] = i + 1;
                }
                gap[n] = packGap(noise, space);
                if (automaton != null) {
                    state = automaton.next(state, automaton.code(f));
                    if (TermAutomaton.emits(state)) {
                        automaton.report(state, n + 1, hits);
                    }
                }
                n++;
                noise = 0;
                space = 0;
            } else if (cls != CharFolding.IGNORABLE) {
                noise++;
                space |= separatorBits(cls);
            }
        }
        return new NormalisedText(text, src, out, n, start, end, gap);
    }

    private static int separatorBits(byte cls) {
        return cls == CharFolding.SPACE ? GAP_SPACE : cls == CharFolding.PAUSE ? GAP_PAUSE : 0;
    }

    private static byte packGap(int noise, int space) {
        return (byte) (Math.min(noise, GAP_COUNT) | space);
    }

    /** End of a character reference such as {@code &nbsp;} or {@code &#23433;} starting at {@code i}, or -1. */
    private static int entityEnd(char[] src, int i) {
        int limit = Math.min(src.length, i + MAX_ENTITY);
        for (int j = i + 1; j < limit; j++) {
            char c = src[j];
            if (c == ';') {
                return j > i + 1 ? j + 1 : -1;
            }
            if (!(c == '#' && j == i + 1) && !(c < 128 && Character.isLetterOrDigit(c))) {
                return -1;
            }
        }
        return -1;
    }
}
