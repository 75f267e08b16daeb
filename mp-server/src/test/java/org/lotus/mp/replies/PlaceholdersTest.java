package org.lotus.mp.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.Lexicon;
import org.lotus.sensitivewords.LexiconEntry;
import org.lotus.sensitivewords.RewriteResult;
import org.lotus.sensitivewords.Rewriter;
import org.lotus.sensitivewords.TextFormat;

/** Placeholders in a reply survive the lexicon, which rewrites only around them. */
class PlaceholdersTest {

    static final Rewriter LEXICON = Lexicon.compile(List.of(
                    LexiconEntry.of("month", "月份", Language.ZH, "test"),
                    LexiconEntry.of("安全套", "工具", Language.ZH, "test"),
                    LexiconEntry.of("红茶菌", "", Language.ZH, "test")))
            .rewriter();

    static RewriteResult rewrite(String text) {
        return Placeholders.rewriteAround(text, part -> LEXICON.rewrite(part, TextFormat.TEXT, Language.ZH));
    }

    @Test
    void aPlainRewriteWouldBreakAPlaceholderThatLooksLikeATerm() {
        assertThat(LEXICON.rewrite("最近一次在 {month}。", TextFormat.TEXT, Language.ZH)
                        .text())
                .doesNotContain("{month}");
    }

    @Test
    void rewritesAroundPlaceholdersAndKeepsThemAsTheyAre() {
        RewriteResult result = rewrite("带安全套，最近一次在 {month}，{count} 次。month");

        assertThat(result.text()).isEqualTo("带工具，最近一次在 {month}，{count} 次。月份");
        assertThat(Placeholders.in(result.text())).containsExactly("month", "count");
    }

    @Test
    void reportsReplacementsAndFindingsAtTheirPlaceInTheWholeText() {
        String text = "{count} 次：红茶菌，安全套";
        RewriteResult result = rewrite(text);

        assertThat(result.findings())
                .singleElement()
                .satisfies(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo("红茶菌"));
        assertThat(result.replacements())
                .singleElement()
                .satisfies(r -> assertThat(text.substring(r.start(), r.end())).isEqualTo("安全套"));
    }

    @Test
    void fillsKnownNamesAndLeavesOthers() {
        assertThat(Placeholders.fill("{count} 次，{other}", Map.of("count", "2"))).isEqualTo("2 次，{other}");
    }
}
