package org.lotus.sensitivewords;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Rewrites texts with one compiled {@link Lexicon}. Stateless and thread-safe; the same input always gives the same
 * result, and rewriting a result again changes nothing more.
 */
public final class Rewriter {

    /** Each round only takes replacements back, so a few rounds reach a stable text. */
    private static final int MAX_ROUNDS = 4;

    private final Lexicon lexicon;

    public Rewriter(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** Rewrites plain text. */
    public RewriteResult rewrite(String text, Language language) {
        return rewrite(text, TextFormat.TEXT, language);
    }

    /**
     * Replaces censored terms of {@code language} (and of entries for any language) by their euphemisms and reports
     * blocked ones. Offsets in the result index {@code text}. A text holding no term comes back as the same string.
     */
    public RewriteResult rewrite(String text, TextFormat format, Language language) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(language, "language");
        // About one hit in fifty characters in running text with a large lexicon: grow rarely.
        Hits hits = new Hits(text.length() / 32);
        TermAutomaton automaton = lexicon.automaton(language);
        NormalisedText view = NormalisedText.scan(text, format, automaton, hits);
        try {
            Matches.Selected selected = Matches.select(view, hits, lexicon.terms, lexicon.words);
            if (selected.size() == 0) {
                return new RewriteResult(text, List.of(), List.of());
            }
            Edits edits = new Edits(view, selected, lexicon.terms, format);
            boolean[] recheck = null;
            for (int round = 0; round < MAX_ROUNDS && edits.anyRisky(lexicon.reach); round++) {
                recheck = takeBackJoinedEuphemisms(edits, edits.layout(), format, automaton, recheck);
                if (recheck == null) {
                    break;
                }
            }
            return edits.result(text, edits.apply());
        } finally {
            view.release();
        }
    }

    /**
     * A euphemism that joined its neighbours into a term (性 + 工作 = 性工作) would be rewritten again by a second
     * pass. Such a replacement is taken back and reported as a finding, which a second pass reproduces exactly.
     * The check is deliberately raw (no word rules): being conservative is what keeps it stable. The output is read
     * through {@link Edits#slice} (only the windows are built); only replacements flagged in {@code recheck} (all when
     * null) are checked.
     *
     * @return null when nothing was taken back, else the replacements to check in the next round
     */
    private boolean[] takeBackJoinedEuphemisms(
            Edits edits, int outLength, TextFormat format, TermAutomaton automaton, boolean[] recheck) {
        int[] takenBack = null;
        int taken = 0;
        Hits hits = new Hits(16);
        // Plain-text windows are scanned from one reused buffer; HTML windows go through a full view.
        char[] buf = new char[64];
        int[] starts = new int[64];
        for (int i = 0; i < edits.size(); i++) {
            int reach = edits.replaced(i) ? lexicon.reach[edits.termIndex(i)] : 0;
            if (reach == 0 || (recheck != null && !recheck[i])) {
                continue;
            }
            int span = span(reach, format);
            int os = edits.outStart(i);
            int oe = edits.outEnd(i);
            int ws = Math.max(0, os - span);
            int we = Math.min(outLength, oe + span);
            hits.clear();
            NormalisedText window = null;
            if (format == TextFormat.TEXT) {
                if (buf.length < we - ws) {
                    buf = new char[we - ws];
                    starts = new int[we - ws];
                }
                edits.slice(ws, we, buf);
                NormalisedText.scanPlain(buf, we - ws, automaton, hits, starts);
            } else {
                window = NormalisedText.scan(edits.slice(ws, we), format, automaton, hits);
            }
            for (int h = 0; h < hits.size(); h++) {
                long key = hits.get(h);
                if (Hits.term(key) >= lexicon.terms.length) {
                    continue;
                }
                int hs = ws + (window == null ? starts[Hits.begin(key)] : window.startOf(Hits.begin(key)));
                int he = ws + (window == null ? starts[Hits.end(key) - 1] + 1 : window.endOf(Hits.end(key) - 1));
                if (hs < oe && he > os && (hs < os || he > oe)) {
                    // Taken back after the round: the windows of this round read the same output.
                    if (takenBack == null) {
                        takenBack = new int[24];
                    } else if (taken * 3 == takenBack.length) {
                        takenBack = Arrays.copyOf(takenBack, taken * 6);
                    }
                    takenBack[taken * 3] = os;
                    takenBack[taken * 3 + 1] = oe;
                    takenBack[taken * 3 + 2] = i;
                    taken++;
                    break;
                }
            }
            if (window != null) {
                window.release();
            }
        }
        if (takenBack == null) {
            return null;
        }
        boolean[] affected = affected(edits, takenBack, taken, outLength, format);
        for (int t = 0; t < taken; t++) {
            edits.takeBack(takenBack[t * 3 + 2]);
        }
        return affected;
    }

    /** Room for a joined term with two noise characters (or a character reference) between its letters. */
    private static int span(int reach, TextFormat format) {
        return reach * (format == TextFormat.HTML ? 10 : 3);
    }

    /**
     * The replacements whose window overlaps an output range that was just taken back, in the output's coordinates
     * before the take-backs. Any other window reads the same characters in the next round (only shifted), so it
     * cannot find a joined term where it found none.
     */
    private boolean[] affected(Edits edits, int[] takenBack, int taken, int length, TextFormat format) {
        boolean[] affected = new boolean[edits.size()];
        for (int i = 0; i < edits.size(); i++) {
            int reach = edits.replaced(i) ? lexicon.reach[edits.termIndex(i)] : 0;
            if (reach == 0) {
                continue;
            }
            int span = span(reach, format);
            int ws = Math.max(0, edits.outStart(i) - span);
            int we = Math.min(length, edits.outEnd(i) + span);
            // Ranges are in text order: the first one ending after ws decides.
            int lo = 0;
            int hi = taken;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (takenBack[mid * 3 + 1] <= ws) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            affected[i] = lo < taken && takenBack[lo * 3] < we;
        }
        return affected;
    }
}
