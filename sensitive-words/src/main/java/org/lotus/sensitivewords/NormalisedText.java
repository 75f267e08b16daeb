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
    final char[] chars;
    final int length;
    final int[] start;
    /** Null in plain text, where each kept character spans exactly one original character. */
    final int[] end;

    final byte[] gap;

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
    private record Buffers(char[] original, char[] chars, int[] start, byte[] gap) {
        int capacity() {
            return chars.length;
        }

        static Buffers take(int length) {
            Buffers b = length <= MAX_POOLED ? POOL.getAndSet(null) : null;
            if (b != null && b.capacity() >= length) {
                return b;
            }
            return new Buffers(new char[length], new char[length], new int[length], new byte[length]);
        }
    }

    /**
     * {@link #build} for plain text, fused with the automaton: one tight loop over the text with folding, noise and
     * the automaton's transition inlined, into pooled arrays.
     */
    private static NormalisedText scanText(String text, TermAutomaton automaton, Hits hits) {
        int len = text.length();
        Buffers buffers = Buffers.take(len);
        char[] src = buffers.original();
        text.getChars(0, len, src, 0);
        char[] out = buffers.chars();
        int[] start = buffers.start();
        byte[] gap = buffers.gap();
        char[] fold = CharFolding.foldTable();
        byte[] classes = CharFolding.classTable();
        char[] code = automaton.codeTable();
        long[] slots = automaton.slotTable();
        int[] rootNext = automaton.rootNextTable();
        int state = automaton.root();
        int n = 0;
        int noise = 0;
        int space = 0;
        for (int i = 0; i < len; i++) {
            char c = src[i];
            byte cls = classes[c];
            if (cls == CharFolding.KEPT) {
                if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(src[i + 1])) {
                    if (CharFolding.classOfCodePoint(Character.toCodePoint(c, src[i + 1])) != CharFolding.KEPT) {
                        noise++;
                        i++;
                        continue;
                    }
                }
                char f = fold[c];
                out[n] = f;
                start[n] = i;
                gap[n] = (byte) (Math.min(noise, GAP_COUNT) | space);
                int x = code[f];
                long slot = slots[(state >>> 1) + x];
                state = (int) (slot >>> 32) == state ? (int) slot : rootNext[x];
                if (TermAutomaton.emits(state)) {
                    automaton.report(state, n + 1, hits);
                }
                n++;
                noise = 0;
                space = 0;
            } else if (cls != CharFolding.IGNORABLE) {
                noise++;
                space |= separatorBits(cls);
            }
        }
        NormalisedText view = new NormalisedText(text, src, out, n, start, null, gap);
        view.buffers = buffers;
        return view;
    }

    int startOf(int k) {
        return start[k];
    }

    int endOf(int k) {
        return end == null ? start[k] + 1 : end[k];
    }

    int gapCount(int k) {
        return gap[k] & GAP_COUNT;
    }

    boolean gapHasSpace(int k) {
        return (gap[k] & GAP_SPACE) != 0;
    }

    boolean gapHasPause(int k) {
        return (gap[k] & GAP_PAUSE) != 0;
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
                            gap[n] = gapByte(noise, space);
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
                gap[n] = gapByte(noise, space);
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

    private static byte gapByte(int noise, int space) {
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
