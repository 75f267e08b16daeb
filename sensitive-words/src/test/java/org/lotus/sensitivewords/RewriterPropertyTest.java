package org.lotus.sensitivewords;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties checked on seeded random texts (see {@link RandomTexts}). */
class RewriterPropertyTest {

    private static final Rewriter REWRITER = Fixtures.shipped();

    @ParameterizedTest
    @MethodSource("org.lotus.sensitivewords.RandomTexts#withoutTermCharacters")
    void returnsTextWithoutTermUnchanged(String text) {
        for (TextFormat format : TextFormat.values()) {
            RewriteResult result = REWRITER.rewrite(text, format, Language.ANY);
            assertThat(result.text()).isSameAs(text);
            assertThat(result.replacements()).isEmpty();
            assertThat(result.findings()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.lotus.sensitivewords.RandomTexts#withTerms")
    void changesNothingMoreWhenRewritingTwice(String text) {
        for (Language language : Language.values()) {
            String once = REWRITER.rewrite(text, language).text();
            RewriteResult twice = REWRITER.rewrite(once, language);
            assertThat(twice.text()).isEqualTo(once);
            assertThat(twice.replacements()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.lotus.sensitivewords.RandomTexts#withTerms")
    void changesNothingMoreWhenRewritingHtmlTwice(String text) {
        String html = "<div class=\"x\"><p>" + text.replace("<", "&lt;") + "</p><script>" + text + "</script></div>";
        String once = REWRITER.rewrite(html, TextFormat.HTML, Language.ANY).text();
        assertThat(REWRITER.rewrite(once, TextFormat.HTML, Language.ANY).text()).isEqualTo(once);
    }

    @ParameterizedTest
    @MethodSource("org.lotus.sensitivewords.RandomTexts#withTerms")
    void offsetsPointAtReplacedText(String text) {
        RewriteResult result = REWRITER.rewrite(text, Language.ANY);
        StringBuilder rebuilt = new StringBuilder();
        int copied = 0;
        for (Replacement r : result.replacements()) {
            assertThat(r.start()).isGreaterThanOrEqualTo(copied).isLessThan(r.end());
            assertThat(text.substring(r.start(), r.end())).isEqualTo(r.from());
            rebuilt.append(text, copied, r.start()).append(r.to());
            copied = r.end();
        }
        rebuilt.append(text.substring(copied));
        assertThat(rebuilt.toString()).isEqualTo(result.text());
        for (Finding f : result.findings()) {
            assertThat(fold(text.substring(f.start(), f.end()))).startsWith(fold(f.term()));
        }
    }

    private static String fold(String s) {
        NormalisedText view = NormalisedText.of(s, TextFormat.TEXT);
        return new String(view.chars, 0, view.length);
    }
}
