package org.lotus.mp.publishing;

import org.lotus.mp.lexicon.CurrentLexicon;
import org.lotus.sensitivewords.Finding;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.RewriteResult;
import org.lotus.sensitivewords.TextFormat;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Publishing rewrites with the lexicon staff edit ({@link CurrentLexicon}), as compiled on this instance at the moment
 * the job runs: a term added a minute before publishAt is already applied.
 */
@Component
class LexiconRewriter implements ContentRewriter {

    private final CurrentLexicon lexicon;

    LexiconRewriter(CurrentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Rewritten rewriteText(String text, String language) {
        return adapt(lexicon.rewrite(text, TextFormat.TEXT, languageOf(language)));
    }

    @Override
    public Rewritten rewriteHtml(String html, String language) {
        return adapt(lexicon.rewrite(html, TextFormat.HTML, languageOf(language)));
    }

    /** Loads the Chinese dictionaries now rather than when the first article is due. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread warmUp = new Thread(() -> rewriteText("预热：安全套", "zh"), "lexicon-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static Language languageOf(String language) {
        return "fr".equals(language) ? Language.FR : Language.ZH;
    }

    private static Rewritten adapt(RewriteResult result) {
        return new Rewritten(
                result.text(),
                result.findings().stream().map(LexiconRewriter::blocked).toList());
    }

    private static ContentRewriter.BlockedTerm blocked(Finding finding) {
        return new ContentRewriter.BlockedTerm(finding.start(), finding.end(), finding.term(), finding.category());
    }
}
