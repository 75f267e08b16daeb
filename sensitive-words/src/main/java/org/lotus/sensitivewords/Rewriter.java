package org.lotus.sensitivewords;

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
        Hits hits = new Hits();
        TermAutomaton automaton = lexicon.automaton(language);
        NormalisedText view = NormalisedText.scan(text, format, automaton, hits);
        try {
            Matches.Selected selected = Matches.select(view, hits, lexicon.terms, lexicon.words);
            if (selected.size() == 0) {
                return new RewriteResult(text, List.of(), List.of());
            }
            Edits edits = new Edits(view, selected, lexicon.terms, format);
            String out = edits.apply();
            for (int round = 0; round < MAX_ROUNDS && edits.anyRisky(lexicon.reach); round++) {
                if (!takeBackJoinedEuphemisms(edits, out, format, automaton)) {
                    break;
                }
                out = edits.apply();
            }
            return edits.result(text, out);
        } finally {
            view.release();
        }
    }

    /**
     * A euphemism that joined its neighbours into a term (性 + 工作 = 性工作) would be rewritten again by a second
     * pass. Such a replacement is taken back and reported as a finding, which a second pass reproduces exactly.
     * The check is deliberately raw (no word rules): being conservative is what keeps it stable.
     */
    private boolean takeBackJoinedEuphemisms(Edits edits, String out, TextFormat format, TermAutomaton automaton) {
        boolean changed = false;
        for (int i = 0; i < edits.size(); i++) {
            int reach = edits.replaced(i) ? lexicon.reach[edits.termIndex(i)] : 0;
            if (reach == 0) {
                continue;
            }
            // Room for the joined term with two noise characters (or a character reference) between its letters.
            int span = reach * (format == TextFormat.HTML ? 10 : 3);
            int os = edits.outStart(i);
            int oe = edits.outEnd(i);
            int ws = Math.max(0, os - span);
            Hits hits = new Hits();
            NormalisedText window =
                    NormalisedText.scan(out.substring(ws, Math.min(out.length(), oe + span)), format, automaton, hits);
            for (int h = 0; h < hits.size(); h++) {
                long key = hits.get(h);
                if (Hits.term(key) >= lexicon.terms.length) {
                    continue;
                }
                int hs = ws + window.startOf(Hits.begin(key));
                int he = ws + window.endOf(Hits.end(key) - 1);
                if (hs < oe && he > os && (hs < os || he > oe)) {
                    edits.takeBack(i);
                    changed = true;
                    break;
                }
            }
        }
        return changed;
    }
}
