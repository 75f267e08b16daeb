package org.lotus.sensitivewords;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rewrites texts with one compiled {@link Lexicon}. Stateless and thread-safe; the same input always gives the same
 * result, and rewriting a result again changes nothing more.
 */
public final class Rewriter {

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
        NormalisedText view = NormalisedText.of(text, format);
        Hits hits = new Hits();
        lexicon.automaton(language).scan(view.exactChars(), hits);
        Matches.Selected selected = Matches.select(view, hits, lexicon.terms, lexicon.words);
        if (selected.size() == 0) {
            return new RewriteResult(text, List.of(), List.of());
        }
        List<Replacement> replacements = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < selected.size(); i++) {
            long key = selected.get(i);
            CompiledTerm term = lexicon.terms[Hits.term(key)];
            int start = view.startOf(Hits.begin(key));
            int end = view.endOf(Hits.end(key) - 1);
            LexiconEntry entry = term.entry();
            if (term.blocked()) {
                findings.add(new Finding(start, end, entry.term(), entry.category()));
                continue;
            }
            String to = term.acronym()
                    ? term.replacement()
                    : FrenchForms.matchCase(view.original, start, end, term.replacement());
            if (entry.language() != Language.ZH
                    && FrenchForms.startsWithVowel(to)
                    && !FrenchForms.startsWithVowel(entry.term())) {
                int eliding = FrenchForms.elidingWordStart(view.original, start, copied);
                if (eliding >= 0) {
                    to = FrenchForms.elided(view.original, eliding, start) + to;
                    start = eliding;
                }
            }
            if (format == TextFormat.HTML) {
                to = escapeHtml(to);
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16 * selected.size());
            }
            out.append(view.original, copied, start - copied).append(to);
            copied = end;
            replacements.add(new Replacement(start, end, text.substring(start, end), to, entry.category()));
        }
        if (out == null) {
            return new RewriteResult(text, List.of(), findings);
        }
        out.append(view.original, copied, view.original.length - copied);
        return new RewriteResult(out.toString(), replacements, findings);
    }

    private static String escapeHtml(String s) {
        if (s.indexOf('&') < 0 && s.indexOf('<') < 0 && s.indexOf('>') < 0) {
            return s;
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
