package org.lotus.mp.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
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
    void invalidAnnouncementSaysWhichFieldAndKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/cms/announcements")
                        .with(user(ADMIN).roles("EDITOR"))
                        .with(csrf())
                        .param("title", "")
                        .param("body", "姐妹们注意")
                        .param("place", "协会"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"problem-title\"", "« Titre » : à remplir.", "姐妹们注意", "value=\"协会\"");
    }

    @Test
    void editsASavedEventAndPublishesItNowWithEveryFieldRefilled() throws Exception {
        String date = java.time.LocalDate.now().plusDays(4).toString();
        String created = mvc.perform(post("/cms/announcements")
                        .with(user(ADMIN).roles("EDITOR"))
                        .with(csrf())
                        .param("title", "义诊")
                        .param("body", "周六义诊。")
                        .param("validFrom", "2026-01-05T09:00")
                        .param("validUntil", "2099-01-05T18:30")
                        .param("eventDate", date)
                        .param("eventTime", "10:00")
                        .param("place", "活动室"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String form = page(created);
        assertThat(form)
                .contains("value=\"2026-01-05T09:00\"", "value=\"2099-01-05T18:30\"", "value=\"" + date + "\"")
                .contains("value=\"10:00\"", "value=\"活动室\"", "周六义诊。");

        long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        mvc.perform(post("/cms/announcements")
                        .with(user(ADMIN).roles("EDITOR"))
                        .with(csrf())
                        .param("id", Long.toString(id))
                        .param("title", "义诊（改）")
                        .param("body", "周六义诊，带上安全套。")
                        .param("validFrom", "2026-01-05T09:00")
                        .param("validUntil", "2099-01-05T18:30")
                        .param("eventDate", date)
                        .param("eventTime", "10:30")
                        .param("place", "活动室")
                        .param("publishNow", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "announcements.publishing"));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> sectionContent.agenda("news").orElse(""), a -> a.contains("义诊（改）"));
        assertThat(sectionContent.agenda("news").orElseThrow()).contains("带上工具", "10:30");
    }

    @Test
    void keepsAnArticleTooLongForWechatInTheFormAndSaysWhichField() throws Exception {
        String body = "<p>" + "长".repeat(30_000) + "</p>";
        String page = mvc.perform(multipart("/cms/articles")
                        .with(user(ADMIN).roles("EDITOR"))
                        .with(csrf())
                        .param("title", "很长的文章")
                        .param("body", body)
                        .param("section", "health"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("« Texte » : ", "caractères au plus", "很长的文章", "长".repeat(30_000));
    }

    @Test
    void schedulesAPartnerAndRefusesAPastTime() throws Exception {
        String created = mvc.perform(post("/cms/partners")
                        .with(user(ADMIN).roles("EDITOR"))
                        .with(csrf())
                        .param("name", "定时机构")
                        .param("services", "免费检测"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String later = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Paris"))
                .plusDays(1)
                .withNano(0)
                .toString();
        mvc.perform(post(created + "/schedule")
                        .with(user(ADMIN).roles("EDITOR"))
                        .with(csrf())
                        .param("publishAt", later))
                .andExpect(flash().attribute("notice", "partners.scheduled"));
        mvc.perform(post(created + "/unschedule")
                        .with(user(ADMIN).roles("EDITOR"))
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "partners.unscheduled"));
        mvc.perform(post(created + "/schedule")
                        .with(user(ADMIN).roles("EDITOR"))
                        .with(csrf())
                        .param("publishAt", "2020-01-01T10:00"))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.startsWith("« Date de publication » :")))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("passée")))
                .andExpect(flash().attribute("fieldError", "publishAt"))
                .andExpect(flash().attribute("typedPublishAt", "2020-01-01T10:00"));
    }

    @Test
    void moderatorCannotEditAnnouncements() throws Exception {
        mvc.perform(get("/cms/announcements").with(user("m").roles("MODERATOR")))
                .andExpect(status().isForbidden());
    }
}
