package org.lotus.mp.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.content.section.Sections;
import org.lotus.mp.replies.ReplyKey;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The pages of automatic replies and keyword answers, the section editor's lexicon check, the review card. */
class ReplyPagesTest extends EmbeddedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Sections sections;

    @Test
    void showsEveryAutomaticReplyWithItsLabelInFrenchAndChinese() throws Exception {
        String french = mvc.perform(
                        get("/cms/replies?lang=fr").with(user("mediatrice").roles("EDITOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String chinese = mvc.perform(
                        get("/cms/replies?lang=zh").with(user("mediatrice").roles("EDITOR")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        for (ReplyKey key : ReplyKey.values()) {
            assertThat(french).contains("id=\"reply-" + key.key() + "\"");
        }
        assertThat(french).contains("Réponses automatiques", "Bienvenue (abonnement)", "/ 2048 octets");
        assertThat(chinese).contains("自动回复", "欢迎语（关注时）", "/ 2048 字节");
    }

    @Test
    void marksTheReplacementsOfAPreviewedText() throws Exception {
        mvc.perform(post("/cms/replies/preview")
                        .with(user("mediatrice").roles("EDITOR"))
                        .with(csrf())
                        .param("text", "免费领安全套"))
                .andExpect(content().string(containsString("<mark class=\"replacement\" title=\"安全套")))
                .andExpect(content().string(containsString(">工具</mark>")));
    }

    @Test
    void listsTheSeededKeywordAnswers() throws Exception {
        mvc.perform(get("/cms/auto-replies?lang=zh").with(user("mediatrice").roles("EDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("关键词回复")))
                .andExpect(content().string(containsString("要钱吗")))
                .andExpect(content().string(containsString("所有的服务都是免费的")));
    }

    @Test
    void showsTheSafetyDesksTriggersAsReportAndCheckAnswers() throws Exception {
        String page = mvc.perform(
                        get("/cms/auto-replies?lang=fr").with(user("mediatrice").roles("EDITOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("举报 / 举报客人 / 危险客人 / 坏客人", "查 / 查号码")
                .contains("<option value=\"report\" selected>Commencer un signalement de client dangereux")
                .contains("<option value=\"check\" selected>Vérifier un numéro");
    }

    @Test
    void refusesASafetyTextThatLostAPlaceholderAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/cms/replies/safety-confirm?lang=fr")
                        .with(user("mediatrice").roles("EDITOR"))
                        .with(csrf())
                        .param("text", "请确认你的举报，回复 1。")
                        .param("textFr", "Confirmez."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reply-problem\"")))
                .andExpect(content().string(containsString("entre accolades")))
                .andExpect(content().string(containsString("{summary}")))
                .andExpect(content().string(containsString(">请确认你的举报，回复 1。</textarea>")));
    }

    @Test
    void showsTheReviewCardToEditorsOnly() throws Exception {
        mvc.perform(get("/cms?lang=fr").with(user("mediatrice").roles("EDITOR")))
                .andExpect(content().string(containsString("id=\"text-review\"")));
        mvc.perform(get("/cms?lang=fr").with(user("pair").roles("MODERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"text-review\""))));
    }

    ResultActions saveAbout(String replyKind, String replyText) throws Exception {
        return mvc.perform(post("/cms/sections/about?lang=fr")
                .with(user("mediatrice").roles("EDITOR"))
                .with(csrf())
                .param("nameZh", "关于我们")
                .param("nameFr", "Qui sommes-nous")
                .param("groupKey", "us")
                .param("position", "1")
                .param("replyKind", replyKind)
                .param("replyText", replyText)
                .param("enabled", "true"));
    }

    @Nested
    class Refusals {

        @Test
        void keepsTheTypedReplyAndNamesTheBlockedTerm() throws Exception {
            mvc.perform(post("/cms/replies/welcome?lang=fr")
                            .with(user("mediatrice").roles("EDITOR"))
                            .with(csrf())
                            .param("text", "欢迎，我们不谈法轮功。")
                            .param("textFr", "Bienvenue"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"reply-problem\"")))
                    .andExpect(content().string(containsString("法轮功")))
                    .andExpect(content().string(containsString(">欢迎，我们不谈法轮功。</textarea>")));
        }

        @Test
        void keepsTheTypedKeywordAnswerWhenAKeywordIsTaken() throws Exception {
            mvc.perform(post("/cms/auto-replies?lang=zh")
                            .with(user("mediatrice").roles("EDITOR"))
                            .with(csrf())
                            .param("keywords", "收费\n新词")
                            .param("match", "contains")
                            .param("answerKind", "text")
                            .param("text", "我写的回复"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"answer-problem\"")))
                    .andExpect(content().string(containsString(">我写的回复</textarea>")));
        }

        @Test
        void refusesASectionTextWithABlockedTermAndKeepsIt() throws Exception {
            saveAbout("PAGE", "我们不谈法轮功。")
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("terme bloqué")))
                    .andExpect(content().string(containsString("我们不谈法轮功。</textarea>")));
            assertThat(sections.find("about").orElseThrow().getReplyText()).doesNotContain("法轮功");
        }

        @Test
        void refusesASectionTextLongerThanWechatAllowsAndKeepsIt() throws Exception {
            saveAbout("TEXT", "长".repeat(1000))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("2048 octets")))
                    .andExpect(content().string(containsString("长".repeat(1000) + "</textarea>")));
        }

        @Test
        void refusesModerators() throws Exception {
            mvc.perform(get("/cms/replies").with(user("pair").roles("MODERATOR")))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/cms/auto-replies").with(user("pair").roles("MODERATOR")))
                    .andExpect(status().isForbidden());
        }
    }
}
