package org.lotus.mp.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.content.section.Sections;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class SectionPagesTest extends EmbeddedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Sections sections;

    @Test
    void editorSeesTheMenuGroupsAndTheirSections() throws Exception {
        mvc.perform(get("/cms/sections").with(user(ADMIN).roles("EDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("紧急阻断")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-max-bytes=\"16\"")));
    }

    @Test
    void editorRenamesASectionAndItIsAudited() throws Exception {
        mvc.perform(post("/cms/sections/history")
                        .with(user(ADMIN).roles("EDITOR"))
                        .with(csrf())
                        .param("nameZh", "项目历史")
                        .param("nameFr", "Histoire")
                        .param("groupKey", "us")
                        .param("position", "2")
                        .param("replyKind", "TEXT")
                        .param("replyText", "我们的历史。")
                        .param("enabled", "true"))
                .andExpect(redirectedUrl("/cms/sections"));
        assertThat(sections.find("history").orElseThrow().getNameZh()).isEqualTo("项目历史");
    }

    @Test
    void withoutWechatCredentialsTheMenuButtonSaysSo() throws Exception {
        mvc.perform(post("/cms/menu/publish").with(user(ADMIN).roles("EDITOR")).with(csrf()))
                .andExpect(redirectedUrl("/cms/sections"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", org.hamcrest.Matchers.containsString("WX_APPID")));
    }

    @Test
    void tooLongButtonNameIsRefusedBesideTheFieldKeepingWhatWasTyped() throws Exception {
        String typed = "紧急阻断紧急阻断";
        mvc.perform(post("/cms/sections/groups/info")
                        .with(user(ADMIN).roles("EDITOR"))
                        .with(csrf())
                        .header("Accept-Language", "fr")
                        .param("nameZh", typed)
                        .param("nameFr", "Santé"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + typed + "\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"group-error-info\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("le nom fait 24 octets")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("class=\"notice\""))));
        assertThat(sections.groups().stream()
                        .filter(g -> g.getGroupKey().equals("info"))
                        .findFirst()
                        .orElseThrow()
                        .getNameZh())
                .isNotEqualTo(typed);
    }

    @Nested
    class Refusals {

        @Test
        void nameOverSixtyBytesIsRefusedNamingTheField() throws Exception {
            mvc.perform(post("/cms/sections/partners")
                            .with(user(ADMIN).roles("EDITOR"))
                            .with(csrf())
                            .param("nameZh", "合作机构".repeat(6))
                            .param("nameFr", "Partenaires")
                            .param("groupKey", "us")
                            .param("position", "3")
                            .param("replyKind", "TEXT")
                            .param("replyText", "文字"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("60")));
            assertThat(sections.find("partners").orElseThrow().getNameZh()).isEqualTo("合作机构");
        }

        @Test
        void unknownSectionIs404() throws Exception {
            mvc.perform(get("/cms/sections/nope").with(user(ADMIN).roles("EDITOR")))
                    .andExpect(status().isNotFound());
        }

        @Test
        void moderatorCannotEditSections() throws Exception {
            mvc.perform(get("/cms/sections").with(user("m").roles("MODERATOR"))).andExpect(status().isForbidden());
        }

        @Test
        void postWithoutCsrfIsRefused() throws Exception {
            mvc.perform(post("/cms/sections/history")
                            .with(user(ADMIN).roles("EDITOR"))
                            .param("nameZh", "x"))
                    .andExpect(status().isForbidden());
        }
    }
}
