package org.lotus.sensitivewords;

import java.util.ArrayList;
import java.util.List;

/** The selected hits of one rewrite as edits of the input: where, what to write, and where it lands in the output. */
final class Edits {

    private final NormalisedText view;
    private final CompiledTerm[] lexiconTerms;
    private final int[] termIndex;
    /** Input range of the term itself. */
    private final int[] termStart;

    private final int[] termEnd;
    /** Input range replaced: the term, plus an article elided before it. */
    private final int[] start;
    /** Text written instead, or null for a finding. */
    private final String[] to;

    private final int[] outStart;
    private final int[] outEnd;

    Edits(NormalisedText view, Matches.Selected selected, CompiledTerm[] lexiconTerms, TextFormat format) {
        this.view = view;
        this.lexiconTerms = lexiconTerms;
        int n = selected.size();
        termIndex = new int[n];
        termStart = new int[n];
        termEnd = new int[n];
        start = new int[n];
        to = new String[n];
        outStart = new int[n];
        outEnd = new int[n];
        int floor = 0;
        for (int i = 0; i < n; i++) {
            long key = selected.get(i);
            termIndex[i] = Hits.term(key);
            termStart[i] = selected.start(i);
            termEnd[i] = selected.end(i);
            start[i] = termStart[i];
            CompiledTerm term = lexiconTerms[termIndex[i]];
            if (!term.blocked()) {
                to[i] = euphemism(term, i, floor, format);
                floor = termEnd[i];
            }
        }
    }

    /** The replacement with the text's case, and in French the article before it elided ("le outil" → "l'outil"). */
    private String euphemism(CompiledTerm term, int i, int floor, TextFormat format) {
        LexiconEntry entry = term.entry();
        String s = term.acronym()
                ? term.replacement()
                : FrenchForms.matchCase(view.original, termStart[i], termEnd[i], term.replacement());
        if (entry.language() != Language.ZH
                && FrenchForms.startsWithVowel(s)
                && !FrenchForms.startsWithVowel(entry.term())) {
            int eliding = FrenchForms.elidingWordStart(view.original, termStart[i], floor);
            if (eliding >= 0) {
                s = FrenchForms.elided(view.original, eliding, termStart[i]) + s;
                start[i] = eliding;
            }
        }
        return format == TextFormat.HTML ? escapeHtml(s) : s;
    }

    int size() {
        return to.length;
    }

    boolean replaced(int i) {
        return to[i] != null;
    }

    int termIndex(int i) {
        return termIndex[i];
    }

    int outStart(int i) {
        return outStart[i];
    }

    int outEnd(int i) {
        return outEnd[i];
    }

    boolean anyRisky(int[] reach) {
        for (int i = 0; i < to.length; i++) {
            if (to[i] != null && reach[termIndex[i]] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Leaves the term as written and reports it instead. */
    void takeBack(int i) {
        to[i] = null;
        start[i] = termStart[i];
    }

    /** Replaced edits in text order, and the output's length, as of the last {@link #layout()}. */
    private int[] placed = new int[0];

    private int placedCount;
    private int outLength;

    /**
     * Records where each replacement lands in the output and the output's length, without building it: what the
     * idempotence check needs, reading the output through {@link #slice}.
     */
    int layout() {
        if (placed.length < to.length) {
            placed = new int[to.length];
        }
        placedCount = 0;
        int delta = 0;
        for (int i = 0; i < to.length; i++) {
            if (to[i] != null) {
                outStart[i] = start[i] + delta;
                outEnd[i] = outStart[i] + to[i].length();
                delta += to[i].length() - (termEnd[i] - start[i]);
                placed[placedCount++] = i;
            }
        }
        outLength = view.textLength + delta;
        return outLength;
    }

    /** The output's characters in {@code [from, to)}, as {@link #apply()} would write them (after {@link #layout()}). */
    String slice(int from, int until) {
        char[] buf = new char[until - from];
        slice(from, until, buf);
        return new String(buf);
    }

    /** {@link #slice(int, int)} into {@code buf[0 .. until - from)}. */
    void slice(int from, int until, char[] buf) {
        char[] original = view.original;
        int w = 0;
        int pos = from;
        // First replacement ending after from.
        int lo = 0;
        int hi = placedCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (outEnd[placed[mid]] <= from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int k = lo;
        while (pos < until) {
            if (k < placedCount) {
                int e = placed[k];
                int os = outStart[e];
                if (pos < os) {
                    int n = Math.min(until, os) - pos;
                    System.arraycopy(original, pos - os + start[e], buf, w, n);
                    w += n;
                    pos += n;
                } else {
                    int n = Math.min(until, outEnd[e]) - pos;
                    to[e].getChars(pos - os, pos - os + n, buf, w);
                    w += n;
                    pos += n;
                    k++;
                }
            } else {
                int n = until - pos;
                System.arraycopy(original, pos - (outLength - view.textLength), buf, w, n);
                w += n;
                pos += n;
            }
        }
    }

    /** The output text, recording where each replacement lands in it. */
    String apply() {
        char[] original = view.original;
        int length = view.textLength;
        boolean any = false;
        for (int i = 0; i < to.length; i++) {
            if (to[i] != null) {
                length += to[i].length() - (termEnd[i] - start[i]);
                any = true;
            }
        }
        if (!any) {
            return view.source;
        }
        // One exact array and one copy into the String: no builder growth, no Latin-1 to UTF-16 inflation.
        char[] out = new char[length];
        int copied = 0;
        int written = 0;
        for (int i = 0; i < to.length; i++) {
            if (to[i] == null) {
                continue;
            }
            int unchanged = start[i] - copied;
            System.arraycopy(original, copied, out, written, unchanged);
            written += unchanged;
            outStart[i] = written;
            to[i].getChars(0, to[i].length(), out, written);
            written += to[i].length();
            outEnd[i] = written;
            copied = termEnd[i];
        }
        System.arraycopy(original, copied, out, written, view.textLength - copied);
        return new String(out);
    }

    RewriteResult result(String text, String out) {
        int replaced = 0;
        for (String s : to) {
            replaced += s != null ? 1 : 0;
        }
        List<Replacement> replacements = new ArrayList<>(replaced);
        List<Finding> findings = new ArrayList<>(to.length - replaced);
        for (int i = 0; i < to.length; i++) {
            LexiconEntry entry = lexiconTerms[termIndex[i]].entry();
            if (to[i] == null) {
                findings.add(new Finding(termStart[i], termEnd[i], entry.term(), entry.category()));
            } else {
                replacements.add(new Replacement(
                        start[i], termEnd[i], text.substring(start[i], termEnd[i]), to[i], entry.category()));
            }
        }
        return new RewriteResult(out, replacements, findings);
    }

    private static String escapeHtml(String s) {
        if (s.indexOf('&') < 0 && s.indexOf('<') < 0 && s.indexOf('>') < 0) {
            return s;
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
