package org.lotus.mp.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lotus.content.section.SectionContent;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Announcements and partners written in the CMS reach the agenda and the partner list. */
class AnnouncementAndPartnerPagesTest extends EmbeddedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SectionContent sectionContent;

    String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(ADMIN).roles("EDITOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void editorAnnouncesAnEventThatJoinsTheAgenda() throws Exception {
        String date = java.time.LocalDate.now().plusDays(3).toString();
        mvc.perform(post("/cms/announcements")
                        .with(user(ADMIN).roles("EDITOR"))
                        .with(csrf())
                        .param("title", "防身课")
                        .param("body", "姐妹们一起学习自我保护。")
                        .param("eventDate", date)
                        .param("eventTime", "14:30")
                        .param("place", "协会活动室")
                        .param("publishNow", "true"))
                .andDo(r -> assertThat(r.getFlashMap().get("problem")).isNull())
                .andExpect(flash().attribute("notice", "announcements.publishing"));

        assertThat(page("/cms/announcements")).contains("防身课", "协会活动室");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> sectionContent.agenda("news").orElse(""), agenda -> agenda.contains("防身课"));
    }

    @Test
    void editorAddsAPartner() throws Exception {
        mvc.perform(post("/cms/partners")
                        .with(user(ADMIN).roles("EDITOR"))
                        .with(csrf())
                        .param("name", "CeGIDD 示例中心")
                        .param("services", "免费匿名检测")
                        .param("languages", "中文, français"))
                .andExpect(flash().attribute("notice", "partners.saved"));
        assertThat(page("/cms/partners")).contains("CeGIDD 示例中心", "免费匿名检测");
    }

    @Test
    void invalidAnnouncementSaysWhichField() throws Exception {
        mvc.perform(post("/cms/announcements")
                        .with(user(ADMIN).roles("EDITOR"))
                        .with(csrf())
                        .param("title", "")
                        .param("body", "x"))
                .andExpect(flash().attributeExists("problem"));
    }

    @Test
    void moderatorCannotEditAnnouncements() throws Exception {
        mvc.perform(get("/cms/announcements").with(user("m").roles("MODERATOR")))
                .andExpect(status().isForbidden());
    }
}
