package org.lotus.sensitivewords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotus.sensitivewords.Fixtures.rewriteZh;
import static org.lotus.sensitivewords.Fixtures.shipped;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChineseRewriteTest {

    @Test
    void replacesTermWithEuphemism() {
        assertThat(rewriteZh("记得用安全套。")).isEqualTo("记得用工具。");
    }

    @Test
    void reportsReplacementWithInputOffsetsAndCategory() {
        String input = "警察来了";
        RewriteResult result = shipped().rewrite(input, Language.ZH);

        assertThat(result.replacements()).singleElement().satisfies(r -> {
            assertThat(input.substring(r.start(), r.end())).isEqualTo("警察").isEqualTo(r.from());
            assertThat(r.to()).isEqualTo("蓝衣人");
            assertThat(r.category()).isEqualTo("police");
        });
        assertThat(result.text()).isEqualTo("蓝衣人来了");
    }

    @Test
    void returnsSameStringWhenNothingMatches() {
        String input = "今天下午三点，我们在十三区见面。";

        RewriteResult result = shipped().rewrite(input, Language.ZH);

        assertThat(result.text()).isSameAs(input);
        assertThat(result.replacements()).isEmpty();
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void prefersLongestTerm() {
        assertThat(rewriteZh("他去了警察局。")).isEqualTo("他去了蓝衣人办公室。");
        assertThat(rewriteZh("不要家庭暴力")).isEqualTo("不要家里的伤害");
    }

    @Test
    void reportsBlockedTermAndLeavesItInPlace() {
        String input = "关于法轮功的文章";

        RewriteResult result = shipped().rewrite(input, Language.ZH);

        assertThat(result.text()).isSameAs(input);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(input.substring(f.start(), f.end())).isEqualTo("法轮功");
            assertThat(f.term()).isEqualTo("法轮功");
            assertThat(f.category()).isEqualTo("politics");
        });
        assertThat(result.hasFindings()).isTrue();
    }

    @Nested
    class WordsAreRespected {

        @Test
        void keepsSafeCompoundWord() {
            assertThat(rewriteZh("我们有安全套餐吗")).isEqualTo("我们有安全套餐吗");
        }

        @Test
        void keepsTermSpanningTwoWords() {
            String input = "这个方法轮流使用";
            assertThat(shipped().rewrite(input, Language.ZH).findings()).isEmpty();
        }

        @Test
        void keepsTermInsideLongerWord() {
            assertThat(rewriteZh("这是大麻烦")).isEqualTo("这是大麻烦");
        }

        @Test
        void replacesTermAtTextEdges() {
            assertThat(rewriteZh("安全套")).isEqualTo("工具");
        }

        @Test
        void replacesTermNextToOrdinaryWords() {
            assertThat(rewriteZh("我的安全套在包里")).isEqualTo("我的工具在包里");
        }
    }

    @Nested
    class Obfuscation {

        @Test
        void matchesTermWithSpacesBetweenCharacters() {
            assertThat(rewriteZh("用安 全 套吧")).isEqualTo("用工具吧");
        }

        @Test
        void matchesTermWithTwoNoiseCharactersInAGap() {
            assertThat(rewriteZh("安*·全**套")).isEqualTo("工具");
            assertThat(rewriteZh("安\u200B全\u200B套")).isEqualTo("工具");
        }

        @Test
        void ignoresTermWithThreeNoiseCharactersInARow() {
            assertThat(rewriteZh("安***全套")).isEqualTo("安***全套");
        }

        @Test
        void matchesSpacedOutTermWithCommas() {
            assertThat(rewriteZh("安，全，套")).isEqualTo("工具");
        }

        @Test
        void ignoresTermSplitByAClauseBreak() {
            assertThat(rewriteZh("很安全，套上外套")).isEqualTo("很安全，套上外套");
        }

        @Test
        void replacesTheNoiseInsideTheTermButNotAround() {
            String input = "*安*全*套*";
            RewriteResult result = shipped().rewrite(input, Language.ZH);
            assertThat(result.text()).isEqualTo("*工具*");
            assertThat(result.replacements().get(0).from()).isEqualTo("安*全*套");
        }
    }

    @Nested
    class TraditionalCharacters {

        @Test
        void matchesTraditionalSpelling() {
            assertThat(rewriteZh("強姦是犯罪")).isEqualTo("被迫的伤害是犯罪");
        }

        @Test
        void matchesTaiwaneseTerm() {
            assertThat(rewriteZh("請用保險套")).isEqualTo("請用工具");
        }

        @Test
        void offsetsPointAtTraditionalCharacters() {
            String input = "他們說警察來了";
            Replacement r = shipped().rewrite(input, Language.ZH).replacements().get(0);
            assertThat(input.substring(r.start(), r.end())).isEqualTo("警察");
        }
    }

    @Test
    void reportsTermWhoseEuphemismWouldJoinItsNeighbourIntoAnotherTerm() {
        String input = "HIV阳性卖身";

        RewriteResult once = shipped().rewrite(input, Language.ZH);

        assertThat(once.text()).doesNotContain("性工作");
        assertThat(once.findings()).extracting(Finding::term).contains("卖身");
        assertThat(shipped().rewrite(once.text(), Language.ZH).text()).isEqualTo(once.text());
    }

    @Test
    void matchesLatinTermInChineseText() {
        assertThat(rewriteZh("HIV检测是免费的")).isEqualTo("H病毒检测是免费的");
        assertThat(rewriteZh("ＨＩＶ检测")).isEqualTo("H病毒检测");
    }

    @Test
    void appliesOnlyEntriesOfTheRequestedLanguage() {
        assertThat(shipped().rewrite("la police", Language.ZH).text()).isEqualTo("la police");
        assertThat(shipped().rewrite("警察", Language.FR).text()).isEqualTo("警察");
        assertThat(shipped().rewrite("警察 et police", Language.ANY).text()).isEqualTo("蓝衣人 et patrouille");
    }
}
