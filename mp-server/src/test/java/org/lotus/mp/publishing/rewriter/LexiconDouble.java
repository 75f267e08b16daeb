package org.lotus.mp.publishing.rewriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lotus.mp.publishing.ContentRewriter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * A stand-in for the lexicon rewriter with two euphemisms and one blocked term. Tests import it; kept alone in its
 * package so the jar-level tests can put just this class on a started application's class path, which scans it.
 */
@TestComponent
@Primary
public class LexiconDouble implements ContentRewriter {

    public static final String BLOCKED = "强奸";
    static final Map<String, String> EUPHEMISMS = Map.of("安全套", "工具", "préservatifs", "outils");

    @Override
    public Rewritten rewriteText(String text, String language) {
        List<BlockedTerm> blocked = new ArrayList<>();
        for (int at = text.indexOf(BLOCKED); at >= 0; at = text.indexOf(BLOCKED, at + 1)) {
            blocked.add(new BlockedTerm(at, at + BLOCKED.length(), BLOCKED, "violence"));
        }
        String rewritten = text;
        for (Map.Entry<String, String> entry : EUPHEMISMS.entrySet()) {
            rewritten = rewritten.replace(entry.getKey(), entry.getValue());
        }
        return new Rewritten(rewritten, blocked);
    }

    @Override
    public Rewritten rewriteHtml(String html, String language) {
        return rewriteText(html, language);
    }
}
