package org.lotus.mp.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.outreach.OutreachTemplate;
import org.lotus.mp.outreach.OutreachTemplates;
import org.lotus.mp.support.EmbeddedTest;
import org.lotus.mp.web.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** "Maraude virtuelle": message templates are changed and deleted from the page, refusals keep what was typed. */
class OutreachPagesTest extends EmbeddedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OutreachTemplates templates;

    OutreachTemplate template() {
        return templates.save(null, "模板 " + UUID.randomUUID().toString().substring(0, 8), "每周三免费检测。", null);
    }

    ResultActions saveTemplate(String lang, Long id, String title, String text, String channelId) throws Exception {
        var request = post("/cms/outreach/templates?lang=" + lang)
                .with(user("pair").roles("MODERATOR"))
                .with(csrf())
                .param("title", title)
                .param("text", text);
        if (id != null) {
            request.param("id", id.toString());
        }
        if (channelId != null) {
            request.param("channelId", channelId);
        }
        return mvc.perform(request);
    }

    @Test
    void refillsTheFormWithTheTemplateToChange() throws Exception {
        OutreachTemplate t = template();

        mvc.perform(get("/cms/outreach?lang=fr&edit=" + t.getId())
                        .with(user("pair").roles("MODERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Modifier le message type")))
                .andExpect(content().string(containsString("name=\"id\" value=\"" + t.getId() + "\"")))
                .andExpect(content().string(containsString("value=\"" + t.getTitle() + "\"")))
                .andExpect(content().string(containsString(">每周三免费检测。</textarea>")));
    }

    @Test
    void changesTheTemplateAsTheApiDoes() throws Exception {
        OutreachTemplate t = template();

        saveTemplate("fr", t.getId(), "周四检测", "每周四免费检测，记得带安全套。", null).andExpect(redirectedUrl("/cms/outreach"));

        assertThat(templates.get(t.getId()).getText()).isEqualTo("每周四免费检测，记得带工具。");
        assertThat(templates.get(t.getId()).getTitle()).isEqualTo("周四检测");
    }

    @Test
    void deletesATemplateWithAConfirmation() throws Exception {
        OutreachTemplate t = template();
        mvc.perform(get("/cms/outreach?lang=zh").with(user("pair").roles("MODERATOR")))
                .andExpect(content()
                        .string(containsString("action=\"/cms/outreach/templates/" + t.getId()
                                + "/delete\" class=\"inline\" data-confirm=\"删除这个消息模板？")));

        mvc.perform(post("/cms/outreach/templates/" + t.getId() + "/delete")
                        .with(user("pair").roles("MODERATOR"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/cms/outreach"));

        assertThatThrownBy(() -> templates.get(t.getId())).isInstanceOf(NotFoundException.class);
        mvc.perform(get("/cms/outreach").with(user("pair").roles("MODERATOR")))
                .andExpect(content().string(not(containsString(t.getTitle()))));
    }

    @Nested
    class Refusals {

        @Test
        void keepsTheTypedTextAndNamesTheBlockedTermInFrench() throws Exception {
            OutreachTemplate t = template();

            saveTemplate("fr", t.getId(), "新标题", "我们不谈法轮功。", null)
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"template-problem\"")))
                    .andExpect(content().string(containsString("« Texte » : le lexique bloque")))
                    .andExpect(content().string(containsString("法轮功")))
                    .andExpect(content().string(containsString("name=\"id\" value=\"" + t.getId() + "\"")))
                    .andExpect(content().string(containsString("value=\"新标题\"")))
                    .andExpect(content().string(containsString(">我们不谈法轮功。</textarea>")));
            assertThat(templates.get(t.getId()).getText()).isEqualTo("每周三免费检测。");
        }

        @Test
        void namesAnUnknownChannelInChinese() throws Exception {
            saveTemplate("zh", null, "检测", "关注我们：{channel}", "987654")
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("「渠道」：没有编号为 987654 的渠道")))
                    .andExpect(content().string(containsString(">关注我们：{channel}</textarea>")));
        }

        @Test
        void namesATitleTooLong() throws Exception {
            saveTemplate("fr", null, "长".repeat(121), "每周三免费检测。", null)
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("« Titre » : 120 caractères au plus")))
                    .andExpect(content().string(containsString(">每周三免费检测。</textarea>")));
        }

        @Test
        void answersNotFoundForAnUnknownTemplate() throws Exception {
            mvc.perform(post("/cms/outreach/templates/987654321/delete")
                            .with(user("pair").roles("MODERATOR"))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/cms/outreach?edit=987654321").with(user("pair").roles("MODERATOR")))
                    .andExpect(status().isNotFound());
        }

        @Test
        void refusesADeleteByAnEditorWhoIsNoModerator() throws Exception {
            OutreachTemplate t = template();

            mvc.perform(post("/cms/outreach/templates/" + t.getId() + "/delete")
                            .with(user("redactrice").roles("EDITOR"))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            assertThat(templates.get(t.getId()).getTitle()).isEqualTo(t.getTitle());
        }

        @Test
        void refusesADeleteWithoutTheFormsToken() throws Exception {
            OutreachTemplate t = template();

            mvc.perform(post("/cms/outreach/templates/" + t.getId() + "/delete")
                            .with(user("pair").roles("MODERATOR")))
                    .andExpect(status().isForbidden());
            assertThat(templates.get(t.getId()).getTitle()).isEqualTo(t.getTitle());
        }
    }
}
