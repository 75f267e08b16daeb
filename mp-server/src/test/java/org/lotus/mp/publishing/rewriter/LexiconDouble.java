package org.lotus.mp.publishing.rewriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lotus.mp.publishing.ContentRewriter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * A lexicon of three entries (two euphemisms, one blocked term) that keeps the publishing tests independent of the
 * shipped lexicon's wording. Tests import it; as a test component it is never scanned.
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
