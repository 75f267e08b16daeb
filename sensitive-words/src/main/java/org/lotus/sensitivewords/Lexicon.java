package org.lotus.sensitivewords;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A compiled, immutable lexicon: safe to share between threads and to swap atomically (hold it, or its
 * {@link Rewriter}, in an {@code AtomicReference}).
 */
public final class Lexicon {

    private final List<LexiconEntry> entries;
    final CompiledTerm[] terms;
    private final TermAutomaton zh;
    private final TermAutomaton fr;
    private final TermAutomaton any;
    /** Null when the lexicon has no Chinese term, so a French-only lexicon never loads HanLP's dictionaries. */
    final ChineseWords words;
    /** Per term: 0, or how far around its euphemism a joined term could reach. See {@link Euphemisms}. */
    final int[] reach;

    private Lexicon(List<LexiconEntry> entries, CompiledTerm[] terms, Map<Language, TreeMap<String, Integer>> keys) {
        this.entries = entries;
        this.terms = terms;
        this.zh = new TermAutomaton(keys.get(Language.ZH));
        this.fr = new TermAutomaton(keys.get(Language.FR));
        this.any = new TermAutomaton(keys.get(Language.ANY));
        boolean chinese = false;
        for (CompiledTerm term : terms) {
            chinese |= term.firstKind() == CharFolding.CJK || term.lastKind() == CharFolding.CJK;
        }
        this.words = chinese ? ChineseWords.shared() : null;
        this.reach = Euphemisms.reach(terms);
    }

    /**
     * Compiles entries into a lexicon.
     *
     * @throws IllegalArgumentException naming the term when two entries of overlapping languages fold to the same
     *     spelling, or when a replacement holds a term (a second rewrite would then change the text again)
     */
    public static Lexicon compile(Collection<LexiconEntry> entries) {
        List<LexiconEntry> list = List.copyOf(entries);
        List<CompiledTerm> terms = new ArrayList<>();
        Map<String, LexiconEntry> seen = new HashMap<>();
        for (LexiconEntry entry : list) {
            CompiledTerm term = fold(entry, entry.term(), entry.replacement());
            for (Language view : List.of(Language.ZH, Language.FR)) {
                LexiconEntry other =
                        view.includes(entry.language()) ? seen.putIfAbsent(view + term.key(), entry) : null;
                if (other != null) {
                    throw new IllegalArgumentException(
                            "duplicate term '" + entry.term() + "' (same as '" + other.term() + "' once folded)");
                }
            }
            terms.add(term);
        }
        int explicit = terms.size();
        for (int i = 0; i < explicit; i++) {
            LexiconEntry entry = terms.get(i).entry();
            // Only single words inflect: "une passe" + "s" is no French.
            if (entry.language() != Language.ZH && !entry.term().contains(" ")) {
                for (String suffix : FrenchForms.suffixes(entry.term())) {
                    String replacement = entry.blocked() ? "" : FrenchForms.inflect(entry.replacement(), suffix);
                    terms.add(fold(entry, entry.term() + suffix, replacement));
                }
            }
        }
        if (terms.size() >= Hits.MAX_TERMS) {
            throw new IllegalArgumentException("too many terms: " + terms.size());
        }
        Map<Language, TreeMap<String, Integer>> keys = new HashMap<>();
        for (Language language : Language.values()) {
            TreeMap<String, Integer> map = new TreeMap<>();
            // Explicit entries come first, so an entry spelt like a generated inflection wins over it.
            for (int i = 0; i < terms.size(); i++) {
                if (language.includes(terms.get(i).entry().language())) {
                    map.putIfAbsent(terms.get(i).key(), i);
                }
            }
            for (CompiledTerm term : terms) {
                String euphemism = chineseKey(term.replacement());
                if (language.includes(term.entry().language()) && euphemism != null) {
                    map.putIfAbsent(euphemism, terms.size());
                }
            }
            keys.put(language, map);
        }
        Lexicon lexicon = new Lexicon(list, terms.toArray(CompiledTerm[]::new), keys);
        lexicon.checkReplacementsHoldNoTerm();
        return lexicon;
    }

    private static CompiledTerm fold(LexiconEntry entry, String spelling, String replacement) {
        NormalisedText view = NormalisedText.of(spelling, TextFormat.TEXT);
        if (view.length == 0) {
            throw new IllegalArgumentException("term '" + entry.term() + "' has no letter to match");
        }
        boolean[] breaks = new boolean[view.length];
        for (int k = 1; k < view.length; k++) {
            breaks[k] = view.hasGap(k);
        }
        return CompiledTerm.of(entry, new String(view.chars, 0, view.length), replacement, breaks);
    }

    /**
     * The folded form of a euphemism holding Chinese, or null. The automaton also finds these "shields": a Chinese
     * hit's segmentation window stops at them, as at other hits, so a second rewrite sees the same window.
     */
    private static String chineseKey(String replacement) {
        NormalisedText view = NormalisedText.of(replacement, TextFormat.TEXT);
        for (int k = 0; k < view.length; k++) {
            if (CharFolding.kind(view.chars[k]) == CharFolding.CJK) {
                return new String(view.chars, 0, view.length);
            }
        }
        return null;
    }

    private void checkReplacementsHoldNoTerm() {
        for (CompiledTerm term : terms) {
            if (term.blocked()) {
                continue;
            }
            NormalisedText view = NormalisedText.of(term.replacement(), TextFormat.TEXT);
            Hits hits = new Hits();
            any.scan(view.chars, view.length, hits);
            Matches.Selected found = Matches.select(view, hits, terms, null);
            if (found.size() > 0) {
                CompiledTerm inside = terms[Hits.term(found.get(0))];
                throw new IllegalArgumentException("replacement '" + term.replacement() + "' of term '"
                        + term.entry().term() + "' holds the term '"
                        + inside.entry().term()
                        + "': rewriting twice would change the text again");
            }
        }
    }

    TermAutomaton automaton(Language language) {
        return switch (language) {
            case ZH -> zh;
            case FR -> fr;
            case ANY -> any;
        };
    }

    /** The entries this lexicon was compiled from, in their order. */
    public List<LexiconEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** A rewriter over this lexicon; cheap, and as immutable as the lexicon. */
    public Rewriter rewriter() {
        return new Rewriter(this);
    }
}
