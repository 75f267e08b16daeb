package org.lotus.mp.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.content.PublicationStatus;
import org.lotus.content.announcement.Announcements;
import org.lotus.content.section.SectionContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Corrections of published content: our pages at once, WeChat replaced exactly once, announcements withdrawn. */
class CorrectionsTest extends PublishingTest {

    @Autowired
    Announcements announcements;

    @Autowired
    SectionContent sectionContent;

    @Test
    void correctedArticleIsDeletedAndPublishedOnceMoreOnWechatAndUpdatedOnOurPageAtOnce() throws Exception {
        long id = published("领取地点", "<p>每周四在 Belleville。</p>");
        String firstWechatArticle = article(id).getWechatArticleId();
        assertThat(WECHAT.requests("freepublish/submit")).hasSize(1);

        mvc.perform(as(post("/api/articles/" + id + "/correct"))
                        .content(articleJson("领取地点（更正）", "<p>每周五在 Belleville 领取安全套。</p>")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.publishedTitle").value("领取地点（更正）"))
                .andExpect(jsonPath("$.correctedAt").isNotEmpty());

        String page = page("/m/articles/" + id);
        assertThat(page).contains("每周五在 Belleville 领取工具", "更新于").doesNotContain("每周四", "安全套");

        await().atMost(PUBLISHING)
                .until(() -> article(id).getStatus() == PublicationStatus.PUBLISHED
                        && article(id).getWechatArticleId() != null);
        assertThat(WECHAT.requests("freepublish/delete", firstWechatArticle)).hasSize(1);
        assertThat(WECHAT.requests("freepublish/submit")).hasSize(2);
        assertThat(WECHAT.requests("draft/add", "每周五在 Belleville 领取工具")).hasSize(1);
        assertThat(article(id).getReplacesArticleId()).isNull();
        assertThat(page("/m/articles/" + id)).contains("每周五", "更新于");
        // Exactly once: over further reconcile rounds, nothing more goes to WeChat.
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(6))
                .until(() -> WECHAT.requests("freepublish/submit").size() == 2
                        && WECHAT.requests("freepublish/delete").size() == 1);
    }

    @Test
    void keepsTheFirstPublicationDateAndListsTheCorrectionInRevisions() throws Exception {
        long id = published("日期", "<p>第一版。</p>");
        var first = article(id).getPublishedAt();
        mvc.perform(as(post("/api/articles/" + id + "/correct")).content(articleJson("日期", "<p>第二版。</p>")))
                .andExpect(status().isAccepted());
        await().atMost(PUBLISHING).until(() -> article(id).getStatus() == PublicationStatus.PUBLISHED);
        assertThat(article(id).getPublishedAt()).isEqualTo(first);
        mvc.perform(as(get("/api/articles/" + id + "/revisions")))
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void withdrawsAPublishedAnnouncementFromTheAgendaAtOnce() throws Exception {
        long id = publishedAnnouncement("义诊通知", "周六上午义诊。", false);
        assertThat(sectionContent.agenda("news").orElse("")).contains("义诊通知");

        mvc.perform(as(post("/api/announcements/" + id + "/withdraw")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));

        assertThat(sectionContent.agenda("news").orElse("")).doesNotContain("义诊通知");

        // Published again, it returns to the agenda without a push it never asked for.
        mvc.perform(as(post("/api/announcements/" + id + "/publish"))).andExpect(status().isAccepted());
        await().atMost(PUBLISHING).until(() -> announcements.get(id).getStatus() == PublicationStatus.PUBLISHED);
        assertThat(sectionContent.agenda("news").orElse("")).contains("义诊通知");
        assertThat(WECHAT.requests("message/mass/sendall")).isEmpty();
    }

    @Test
    void correctsAPublishedAnnouncementAtOnceWithoutPushingAgain() throws Exception {
        long id = publishedAnnouncement("早餐会", "周四早上九点。", true);
        assertThat(WECHAT.requests("message/mass/sendall")).hasSize(1);

        mvc.perform(as(post("/api/announcements/" + id + "/correct"))
                        .content(announcementJson("早餐会", "改为周四早上十点，带安全套。", true)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publishedBody").value("改为周四早上十点，带工具。"))
                .andExpect(jsonPath("$.replacements[0].from").value("安全套"));

        assertThat(sectionContent.agenda("news").orElse("")).contains("改为周四早上十点，带工具。");
        assertThat(WECHAT.requests("message/mass/sendall")).hasSize(1);
    }

    @Test
    void rewritesPartnerAndAnnouncementTextsOnSaveAndServesThemRewritten() throws Exception {
        long partner = json(mvc.perform(as(post("/api/partners"))
                                .content("{\"name\":\"示例中心\",\"services\":\"免费检测，发放安全套\",\"languages\":\"中文\"}"))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.services").value("免费检测，发放安全套"))
                        .andExpect(jsonPath("$.replacements[0].field").value("services"))
                        .andExpect(jsonPath("$.replacements[0].to").value("工具"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .path("id")
                .asLong();
        mvc.perform(as(post("/api/partners/" + partner + "/publish"))).andExpect(status().isAccepted());
        await().atMost(PUBLISHING).until(() -> page("/m/sections/partners").contains("示例中心"));
        assertThat(page("/m/sections/partners")).contains("发放工具").doesNotContain("安全套");

        mvc.perform(as(post("/api/announcements")).content(announcementJson("通知", "带好安全套", false)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.replacements[0].from").value("安全套"));
    }

    @Nested
    class Refuses {

        @Test
        void aCorrectionHoldingABlockedTermWithTheFindingsAndKeepsThePageAsItWas() throws Exception {
            long id = published("原文", "<p>原来的内容。</p>");
            mvc.perform(as(post("/api/articles/" + id + "/correct")).content(articleJson("原文", "<p>法轮功</p>")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("body"))
                    .andExpect(jsonPath("$.findings[0].term").value("法轮功"));
            assertThat(page("/m/articles/" + id)).contains("原来的内容").doesNotContain("更新于");
            assertThat(WECHAT.requests("freepublish/delete")).isEmpty();
        }

        @Test
        void partnerAndAnnouncementTextsHoldingABlockedTerm() throws Exception {
            mvc.perform(as(post("/api/partners")).content("{\"name\":\"中心\",\"services\":\"法轮功\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("services"))
                    .andExpect(jsonPath("$.findings[0].term").value("法轮功"));
            mvc.perform(as(post("/api/announcements")).content(announcementJson("法轮功", "正文", false)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("title"));
        }

        @Test
        void toEditAPublishedArticleOtherThanByACorrection() throws Exception {
            long id = published("已发布", "<p>已发布。</p>");
            mvc.perform(as(put("/api/articles/" + id)).content(articleJson("改", "<p>改</p>")))
                    .andExpect(status().isConflict());
        }

        @Test
        void toWithdrawAnAnnouncementNotPublished() throws Exception {
            long id = json(mvc.perform(as(post("/api/announcements")).content(announcementJson("草稿", "草稿", false)))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .path("id")
                    .asLong();
            mvc.perform(as(post("/api/announcements/" + id + "/withdraw"))).andExpect(status().isConflict());
            mvc.perform(as(post("/api/announcements/999999/withdraw"))).andExpect(status().isNotFound());
        }

        @Test
        void showsWechatsReasonWhenItRefusesToDeleteTheOldPublication() throws Exception {
            long id = published("删除失败", "<p>第一版。</p>");
            WECHAT.failAlways("freepublish/delete", WechatFake.error(53600, "article id invalid"));
            mvc.perform(as(post("/api/articles/" + id + "/correct")).content(articleJson("删除失败", "<p>第二版。</p>")))
                    .andExpect(status().isAccepted());

            await().atMost(PUBLISHING).until(() -> article(id).getStatus() == PublicationStatus.FAILED);
            mvc.perform(as(get("/api/articles/" + id)))
                    .andExpect(jsonPath("$.statusReason").value(org.hamcrest.Matchers.containsString("53600")));
            assertThat(WECHAT.requests("freepublish/submit")).hasSize(1);
            assertThat(page("/m/articles/" + id)).contains("第二版");
        }
    }

    private long published(String title, String body) throws Exception {
        long id = createArticle(title, body);
        publishNow(id);
        await().atMost(PUBLISHING)
                .until(() -> article(id).getStatus() == PublicationStatus.PUBLISHED
                        && article(id).getWechatArticleId() != null);
        return id;
    }

    private long publishedAnnouncement(String title, String body, boolean push) throws Exception {
        long id = json(mvc.perform(as(post("/api/announcements")).content(announcementJson(title, body, push)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .path("id")
                .asLong();
        mvc.perform(as(post("/api/announcements/" + id + "/publish"))).andExpect(status().isAccepted());
        await().atMost(PUBLISHING).until(() -> announcements.get(id).getStatus() == PublicationStatus.PUBLISHED);
        return id;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static String articleJson(String title, String body) {
        return """
                {"title":"%s","author":"Lotus","digest":"摘要","body":"%s","section":"health","language":"zh"}""".formatted(title, body.replace("\"", "\\\""));
    }

    static String announcementJson(String title, String body, boolean push) {
        Instant now = Instant.now();
        return """
                {"title":"%s","body":"%s","validFrom":"%s","validUntil":"%s","eventDate":"%s","place":"Belleville","push":%s}""".formatted(
                        title,
                        body,
                        now.minusSeconds(60),
                        now.plus(Duration.ofDays(7)),
                        LocalDate.now().plusDays(2),
                        push);
    }

    static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }
}
