package org.lotus.mp.replies;

import org.lotus.mp.lexicon.CurrentLexicon;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.RewriteResult;
import org.lotus.sensitivewords.TextFormat;
import org.springframework.stereotype.Component;

/** Rewrites a reader-facing text as it is saved: euphemisms applied, blocked terms refused with the findings. */
@Component
public class LexiconCheck {

    private final CurrentLexicon lexicon;

    LexiconCheck(CurrentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The text as readers will get it; throws {@link BlockedTermsException} naming {@code field}. */
    public RewriteResult rewrite(String field, String text) {
        RewriteResult result = zh(text);
        if (result.hasFindings()) {
            throw new BlockedTermsException(field, result.findings());
        }
        return result;
    }

    /** The text as it would be served now, findings included: for previews and reviews. */
    public RewriteResult preview(String text) {
        return zh(text == null ? "" : text);
    }

    private RewriteResult zh(String text) {
        return Placeholders.rewriteAround(text, part -> lexicon.rewrite(part, TextFormat.TEXT, Language.ZH));
    }

    long lexiconRevision() {
        return lexicon.revision();
    }
}
