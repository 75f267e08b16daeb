package org.lotus.mp.sections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lotus.content.section.MenuGroup;
import org.lotus.content.section.Section;
import org.lotus.content.section.SectionKey;
import org.lotus.content.section.Sections;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;

class SeededSectionsTest extends EmbeddedTest {

    @Autowired
    Sections sections;

    @Test
    void everySectionKeyIsSeededWithAChineseReply() {
        for (SectionKey key : SectionKey.values()) {
            Section section = sections.find(key.key()).orElseThrow(() -> new AssertionError(key.key()));
            assertThat(section.getReplyText()).isNotBlank();
            assertThat(section.getReplyText()
                            .codePoints()
                            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .isTrue();
        }
    }

    @Test
    void seededMenuFitsWechatLimits() {
        assertThat(sections.groups()).hasSizeBetween(1, 3);
        for (MenuGroup group : sections.groups()) {
            assertThat(group.getNameZh().getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(16);
            assertThat(sections.all().stream()
                            .filter(s -> s.getGroupKey().equals(group.getGroupKey()))
                            .count())
                    .isBetween(1L, 5L);
        }
        assertThat(sections.all())
                .allSatisfy(s -> assertThat(s.getNameZh().getBytes(StandardCharsets.UTF_8))
                        .hasSizeLessThanOrEqualTo(60));
    }

    @Test
    void seededTextsAvoidTheWordsWechatCensors() {
        assertThat(sections.all()).allSatisfy(s -> assertThat(s.getReplyText()).doesNotContain("安全套", "避孕套", "卖淫"));
    }
}
