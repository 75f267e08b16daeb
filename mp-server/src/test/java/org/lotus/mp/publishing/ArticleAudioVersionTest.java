package org.lotus.mp.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.content.PublicationStatus;
import org.lotus.mp.support.AudioSamples;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/** An article read aloud: its audio version plays on our page and the WeChat article links to it (听语音版). */
class ArticleAudioVersionTest extends PublishingTest {

    long addClip() throws Exception {
        return json(mvc.perform(multipart("/api/audio")
                                .file(new MockMultipartFile(
                                        "file", "read.mp3", "audio/mpeg", AudioSamples.tone(2, "mp3")))
                                .param("title", "文章语音版")
                                .with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .path("id")
                .asLong();
    }

    void chooseAudio(long articleId, String audioId) throws Exception {
        mvc.perform(put("/api/articles/" + articleId + "/audio")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"audioId\":" + audioId + "}"))
                .andExpect(status().isOk());
    }

    @Test
    void linksTheWechatArticleToOurPageWhichPlaysTheAudioVersion() throws Exception {
        long audioId = addClip();
        long id = createArticle("免费检测（语音）", "<p>每周四下午免费检测。</p>");
        chooseAudio(id, Long.toString(audioId));
        mvc.perform(get("/api/articles/" + id).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.audioId").value(audioId));
        mvc.perform(get("/m/articles/" + id + "/audio.mp3")).andExpect(status().isNotFound());

        publishNow(id);
        await().atMost(PUBLISHING).until(() -> article(id).getStatus() == PublicationStatus.PUBLISHED);

        String draft = WECHAT.requests("draft/add").get(0).getBodyAsString();
        assertThat(draft).contains("听语音版", "https://lotus.example.org/m/articles/" + id + "#audio");
        String page = mvc.perform(get("/m/articles/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("<audio controls preload=\"none\" src=\"/m/articles/" + id + "/audio.mp3\">", "听语音版")
                .doesNotContain("autoplay");
        mvc.perform(get("/m/articles/" + id + "/audio.mp3"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("audio/mpeg"));
        mvc.perform(get("/api/audio/" + audioId).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.usedBy[0]").value("article:" + id));
    }

    @Test
    void publishesWithoutLinkOrPlayerWhenThereIsNoAudioVersion() throws Exception {
        long id = createArticle("没有语音", "<p>只有文字。</p>");

        publishNow(id);
        await().atMost(PUBLISHING).until(() -> article(id).getStatus() == PublicationStatus.PUBLISHED);

        assertThat(WECHAT.requests("draft/add").get(0).getBodyAsString()).doesNotContain("听语音版");
        assertThat(mvc.perform(get("/m/articles/" + id))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("<audio");
    }

    @Nested
    class Refuses {

        @Test
        void anUnknownClipOrArticle() throws Exception {
            long id = createArticle("未知语音", "<p>文字。</p>");
            mvc.perform(put("/api/articles/" + id + "/audio")
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"audioId\":987654}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("audioId"));
            mvc.perform(put("/api/articles/987654/audio")
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"audioId\":null}"))
                    .andExpect(status().isNotFound());
        }
    }
}
