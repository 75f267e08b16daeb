package org.lotus.mp.publishing;

import static org.lotus.mp.publishing.CorrectionsTest.announcementJson;
import static org.lotus.mp.publishing.CorrectionsTest.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What the editors send through the API: paragraphs kept, WeChat's limits said before anything is lost. */
class EditorInputApiTest extends PublishingTest {

    /** What Chromium's contenteditable makes of "第一段 ⏎ 第二段 ⏎ ⏎ 第三段". */
    static final String EDITOR_OUTPUT = "第一段<div>第二段，带<b>粗体</b></div><div><br></div><div>第三段</div>";

    @Test
    void keepsTheParagraphsOfTheEditorsDivs() throws Exception {
        mvc.perform(as(post("/api/articles")).content(article("段落", EDITOR_OUTPUT)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.body").value("<p>第一段</p><p>第二段，带<b>粗体</b></p><p><br></p><p>第三段</p>"));
    }

    @Test
    void unwrapsADivAroundParagraphs() throws Exception {
        mvc.perform(as(post("/api/articles")).content(article("包裹", "<div><p>一</p><div>二</div></div>")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.body").value("<p>一</p><p>二</p>"));
    }

    @Test
    void acceptsABodyOfExactlyTwentyThousandCharacters() throws Exception {
        mvc.perform(as(post("/api/articles")).content(article("长文", "<p>" + "字".repeat(20_000) + "</p>")))
                .andExpect(status().isCreated());
    }

    @Test
    void unschedulesAScheduledAnnouncementAndPartner() throws Exception {
        long announcement = id(mvc.perform(as(post("/api/announcements")).content(announcementJson("定时", "正文", false)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        String later = "{\"publishAt\":\"" + Instant.now().plusSeconds(3600) + "\"}";
        mvc.perform(as(post("/api/announcements/" + announcement + "/schedule")).content(later))
                .andExpect(jsonPath("$.status").value("SCHEDULED"));
        mvc.perform(as(delete("/api/announcements/" + announcement + "/schedule")))
                .andExpect(jsonPath("$.status").value("DRAFT"));

        long partner = id(mvc.perform(as(post("/api/partners")).content("{\"name\":\"定时机构\",\"services\":\"检测\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        mvc.perform(as(post("/api/partners/" + partner + "/schedule")).content(later))
                .andExpect(jsonPath("$.status").value("SCHEDULED"));
        mvc.perform(as(delete("/api/partners/" + partner + "/schedule")))
                .andExpect(jsonPath("$.status").value("DRAFT"));
    }

    @Test
    void editsASavedEventAgainWithItsDateAndTime() throws Exception {
        long id = id(mvc.perform(as(post("/api/announcements")).content(announcementJson("活动", "第一版", false)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        mvc.perform(as(put("/api/announcements/" + id)).content(announcementJson("活动", "第二版", false)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.body").value("第二版"))
                .andExpect(jsonPath("$.eventDate").isNotEmpty());
    }

    @Nested
    class Refuses {

        @Test
        void aPastPublishAtNamingTheFieldInFrenchAndChinese() throws Exception {
            long id = createArticle("过去", "<p>过去</p>");
            String past = "{\"publishAt\":\"" + Instant.now().minusSeconds(3600) + "\"}";
            mvc.perform(as(post("/api/articles/" + id + "/schedule"))
                            .content(past)
                            .header("Accept-Language", "fr"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("publishAt"))
                    .andExpect(jsonPath("$.message").value(Matchers.containsString("Publier maintenant")));
            mvc.perform(as(post("/api/articles/" + id + "/schedule"))
                            .content(past)
                            .header("Accept-Language", "zh"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.message").value(Matchers.containsString("已经过去")));
            mvc.perform(as(post("/api/announcements/1/schedule")).content(past))
                    .andExpect(status().is(Matchers.oneOf(400, 404)));
            org.assertj.core.api.Assertions.assertThat(article(id).getStatus())
                    .isEqualTo(org.lotus.content.PublicationStatus.DRAFT);
        }

        @Test
        void aBodyOverTwentyThousandCharactersNamingTheField() throws Exception {
            mvc.perform(as(post("/api/articles"))
                            .content(article("太长", "<p>" + "字".repeat(30_000) + "</p>"))
                            .header("Accept-Language", "zh"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("body"))
                    .andExpect(jsonPath("$.message").value(Matchers.containsString("最多 20,000 个字")));
        }

        @Test
        void aOneMegabyteBodyWith400NotA413() throws Exception {
            mvc.perform(as(post("/api/articles")).content(article("一兆", "<p>" + "a".repeat(1_048_576) + "</p>")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("body"));
        }

        @Test
        void aTitleOverSixtyFourCharactersAndADigestOverOneHundredTwenty() throws Exception {
            mvc.perform(as(post("/api/articles"))
                            .content(article("题".repeat(65), "<p>正文</p>"))
                            .header("Accept-Language", "fr"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("title"))
                    .andExpect(jsonPath("$.message").value(Matchers.startsWith("« Titre » : 64 caractères au plus")));
            String digest = "{\"title\":\"t\",\"digest\":\"" + "摘".repeat(121)
                    + "\",\"body\":\"<p>x</p>\",\"section\":\"health\"}";
            mvc.perform(as(post("/api/articles")).content(digest))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("digest"));
        }

        @Test
        void anAnnouncementOverTwoThousandCharacters() throws Exception {
            mvc.perform(as(post("/api/announcements")).content(announcementJson("长", "字".repeat(2001), false)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("body"));
        }
    }

    private static String article(String title, String body) {
        return "{\"title\":" + JsonMapper.shared().writeValueAsString(title) + ",\"body\":"
                + JsonMapper.shared().writeValueAsString(body) + ",\"section\":\"health\",\"language\":\"zh\"}";
    }

    private static long id(String json) {
        return json(json).path("id").asLong();
    }
}
