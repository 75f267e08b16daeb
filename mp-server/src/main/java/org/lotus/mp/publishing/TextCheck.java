package org.lotus.mp.publishing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lotus.content.BlockedTermsException;
import org.lotus.content.Finding;
import org.lotus.mp.lexicon.CurrentLexicon;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.RewriteResult;
import org.lotus.sensitivewords.TextFormat;
import org.springframework.stereotype.Component;

/**
 * Rewrites the text fields of content as staff save it: the euphemisms it got are shown to them, and a blocked term
 * (no euphemism exists) refuses the save with where it is, so nothing a reader can receive holds one.
 */
@Component
public class TextCheck {

    /** One euphemism put in place of a censored word, in the named field. */
    public record Replaced(String field, String from, String to, String category) {}

    /** The rewritten fields, by name, and what was replaced. */
    public record Checked(Map<String, String> texts, List<Replaced> replacements) {

        public String text(String field) {
            String text = texts.get(field);
            return text == null || text.isBlank() ? null : text;
        }
    }

    private final CurrentLexicon lexicon;

    TextCheck(CurrentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Checks plain-text fields; {@code fields} maps a field name to its text (null is skipped). */
    public Checked check(String language, Map<String, String> fields) {
        return check(language, fields, Map.of());
    }

    /** As {@link #check(String, Map)}, with HTML fields (tags and attributes left as they are). */
    public Checked check(String language, Map<String, String> textFields, Map<String, String> htmlFields) {
        Language lang = "fr".equals(language) ? Language.FR : Language.ZH;
        Map<String, String> texts = new LinkedHashMap<>();
        List<Replaced> replacements = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        textFields.forEach((field, text) -> rewrite(field, text, TextFormat.TEXT, lang, texts, replacements, findings));
        htmlFields.forEach((field, text) -> rewrite(field, text, TextFormat.HTML, lang, texts, replacements, findings));
        if (!findings.isEmpty()) {
            throw new BlockedTermsException(findings);
        }
        return new Checked(texts, List.copyOf(replacements));
    }

    private void rewrite(
            String field,
            String text,
            TextFormat format,
            Language language,
            Map<String, String> texts,
            List<Replaced> replacements,
            List<Finding> findings) {
        if (text == null) {
            return;
        }
        RewriteResult result = lexicon.rewrite(text, format, language);
        texts.put(field, result.text());
        result.replacements().forEach(r -> replacements.add(new Replaced(field, r.from(), r.to(), r.category())));
        result.findings().forEach(f -> findings.add(new Finding(field, f.start(), f.end(), f.term(), f.category())));
    }
}
