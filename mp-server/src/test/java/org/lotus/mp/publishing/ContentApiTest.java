package org.lotus.mp.publishing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class ContentApiTest extends PublishingTest {

    @Test
    void createsAnArticleAsADraftWithItsBodySanitised() throws Exception {
        mvc.perform(as(post("/api/articles")).content("""
                                {"title":"检测","author":"Lotus","digest":"免费检测","section":"health","language":"zh",
                                 "body":"<p onclick=\\"x()\\">免费<script>alert(1)</script>检测</p>"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.body").value("<p>免费检测</p>"));
    }

    @Test
    void keepsARevisionOfEverySave() throws Exception {
        long id = createArticle("第一版", "<p>一</p>");
        mvc.perform(as(put("/api/articles/" + id))
                        .content("{\"title\":\"第二版\",\"body\":\"<p>二</p>\",\"section\":\"rights\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(2));
        mvc.perform(as(get("/api/articles/" + id + "/revisions")))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].title").value("第一版"))
                .andExpect(jsonPath("$[1].title").value("第二版"));
    }

    @Test
    void listsArticlesByStatusAndSection() throws Exception {
        long id = createArticle("列表", "<p>列表</p>");
        mvc.perform(as(post("/api/articles/" + id + "/schedule")).content("{\"publishAt\":\"2099-01-01T10:00:00\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publishAt").value("2099-01-01T09:00:00Z"));
        mvc.perform(as(get("/api/articles?status=SCHEDULED&section=health")))
                .andExpect(jsonPath("$[?(@.id == " + id + ")]").exists());
        mvc.perform(as(get("/api/articles?section=rights")))
                .andExpect(jsonPath("$[?(@.id == " + id + ")]").doesNotExist());
        mvc.perform(as(delete("/api/articles/" + id + "/schedule")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"));
    }

    @Test
    void managesPartnersWithTheSameShape() throws Exception {
        String created = mvc.perform(
                        as(post("/api/partners"))
                                .content(
                                        "{\"name\":\"Médecins du Monde\",\"services\":\"免费看病\",\"languages\":\"中文, français\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = json(created).path("id").asLong();
        mvc.perform(as(post("/api/partners/" + id + "/publish"))).andExpect(status().isAccepted());
        org.awaitility.Awaitility.await()
                .atMost(PUBLISHING)
                .untilAsserted(() -> mvc.perform(as(get("/api/partners/" + id)))
                        .andExpect(jsonPath("$.status").value("PUBLISHED")));
    }

    @Nested
    class Refuses {

        @Test
        void anUnknownSectionNamingTheField() throws Exception {
            mvc.perform(as(post("/api/articles"))
                            .content("{\"title\":\"t\",\"body\":\"<p>b</p>\",\"section\":\"nope\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("section"));
        }

        @Test
        void aMissingTitleNamingTheField() throws Exception {
            mvc.perform(as(post("/api/articles")).content("{\"body\":\"<p>b</p>\",\"section\":\"health\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("title"));
        }

        @Test
        void aLanguageOtherThanChineseOrFrench() throws Exception {
            mvc.perform(
                            as(post("/api/articles"))
                                    .content(
                                            "{\"title\":\"t\",\"body\":\"<p>b</p>\",\"section\":\"health\",\"language\":\"en\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("language"));
        }

        @Test
        void aPublishAtThatIsNoDate() throws Exception {
            long id = createArticle("日期", "<p>日期</p>");
            mvc.perform(as(post("/api/articles/" + id + "/schedule")).content("{\"publishAt\":\"tomorrow\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("publishAt"));
        }

        @Test
        void anAnnouncementEndingBeforeItStarts() throws Exception {
            mvc.perform(as(post("/api/announcements")).content("""
                                    {"title":"早餐","body":"一起吃早餐","validFrom":"2026-12-02T00:00:00Z",
                                     "validUntil":"2026-12-01T00:00:00Z"}"""))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("validUntil"));
        }

        @Test
        void unknownIdsWith404() throws Exception {
            mvc.perform(as(get("/api/articles/999999"))).andExpect(status().isNotFound());
            mvc.perform(as(post("/api/articles/999999/publish"))).andExpect(status().isNotFound());
            mvc.perform(as(get("/api/announcements/999999"))).andExpect(status().isNotFound());
            mvc.perform(as(get("/api/partners/999999"))).andExpect(status().isNotFound());
        }

        @Test
        void unschedulingAnArticleThatIsNotScheduled() throws Exception {
            long id = createArticle("草稿", "<p>草稿</p>");
            mvc.perform(as(delete("/api/articles/" + id + "/schedule"))).andExpect(status().isConflict());
        }

        @Test
        void anonymousCallers() throws Exception {
            mvc.perform(get("/api/articles")).andExpect(status().isUnauthorized());
        }
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }
}
