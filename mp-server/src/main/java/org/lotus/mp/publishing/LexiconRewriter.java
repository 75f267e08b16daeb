package org.lotus.mp.publishing;

import org.lotus.sensitivewords.Finding;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.Lexicon;
import org.lotus.sensitivewords.Lexicons;
import org.lotus.sensitivewords.RewriteResult;
import org.lotus.sensitivewords.Rewriter;
import org.lotus.sensitivewords.TextFormat;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The sensitive-words rewriter behind publishing. It takes the application's current {@link Rewriter} when one is
 * a bean (the lexicon staff edit), and otherwise the lexicon shipped with the library.
 */
@Component
class LexiconRewriter implements ContentRewriter {

    private final ObjectProvider<Rewriter> current;
    private volatile Rewriter shipped;

    LexiconRewriter(ObjectProvider<Rewriter> current) {
        this.current = current;
    }

    @Override
    public Rewritten rewriteText(String text, String language) {
        return adapt(rewriter().rewrite(text, TextFormat.TEXT, languageOf(language)));
    }

    @Override
    public Rewritten rewriteHtml(String html, String language) {
        return adapt(rewriter().rewrite(html, TextFormat.HTML, languageOf(language)));
    }

    /** Compiles the lexicon and loads the Chinese dictionaries now, so that a due article does not wait for it. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread warmUp = new Thread(() -> rewriteText("预热", "zh"), "lexicon-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private Rewriter rewriter() {
        Rewriter rewriter = current.getIfAvailable();
        if (rewriter != null) {
            return rewriter;
        }
        synchronized (this) {
            if (shipped == null) {
                shipped = Lexicon.compile(Lexicons.shipped()).rewriter();
            }
            return shipped;
        }
    }

    private static Language languageOf(String language) {
        return "fr".equals(language) ? Language.FR : Language.ZH;
    }

    private static Rewritten adapt(RewriteResult result) {
        return new Rewritten(
                result.text(),
                result.findings().stream().map(LexiconRewriter::blocked).toList());
    }

    private static BlockedTerm blocked(Finding finding) {
        return new BlockedTerm(finding.start(), finding.end(), finding.term(), finding.category());
    }
}
