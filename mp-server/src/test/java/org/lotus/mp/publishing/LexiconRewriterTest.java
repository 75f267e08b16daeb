package org.lotus.mp.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Publishing's rewriter is the staff-edited lexicon (seeded with the shipped one). */
class LexiconRewriterTest extends PublishingTest {

    @Autowired
    LexiconRewriter rewriter;

    @Test
    void rewritesCensoredWordsInTextNodesOnly() {
        ContentRewriter.Rewritten rewritten = rewriter.rewriteHtml("<p class=\"安全套\">每周四可以领取安全套。</p>", "zh");

        assertThat(rewritten.text()).isEqualTo("<p class=\"安全套\">每周四可以领取工具。</p>");
        assertThat(rewritten.clean()).isTrue();
    }

    @Test
    void reportsABlockedTermWithItsPlace() {
        ContentRewriter.Rewritten rewritten = rewriter.rewriteText("关于法轮功的文章", "zh");

        assertThat(rewritten.blocked()).singleElement().satisfies(b -> {
            assertThat(b.term()).isEqualTo("法轮功");
            assertThat(b.start()).isEqualTo(2);
            assertThat(b.category()).isEqualTo("politics");
        });
    }
}
