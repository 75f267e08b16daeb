package org.lotus.mp.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.portal.AmrSamples;
import org.lotus.mp.portal.Pushes;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.WechatFake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Moderators read reader messages and play voice notes; nobody sees a reader's openid. */
class CommentsApiTest extends PortalTest {

    static final Pushes PUSHES = new Pushes(APPID, TOKEN, AES_KEY);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long idOf(long msgId) {
        return jdbc.queryForObject("SELECT id FROM reader_message WHERE wx_msg_id = ?", Long.class, msgId);
    }

    void awaitMedia(long msgId) {
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> jdbc.queryForObject(
                                "SELECT media_status FROM reader_message WHERE wx_msg_id = ?", String.class, msgId),
                        "STORED"::equals);
    }

    @Test
    void listsMessagesNewestFirstWithAShortPseudonymAndNeverTheOpenid() throws Exception {
        String openid = "o" + UUID.randomUUID().toString().replace("-", "");
        long msgId = Pushes.nextMsgId();
        mvc.perform(PUSHES.encrypted(Pushes.text(openid, msgId, "请问 PASS 门诊在哪里")))
                .andExpect(status().isOk());

        String body = mvc.perform(get("/api/comments").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$[0].id").value(idOf(msgId)))
                .andExpect(jsonPath("$[0].kind").value("text"))
                .andExpect(jsonPath("$[0].text").value("请问 PASS 门诊在哪里"))
                .andExpect(jsonPath("$[0].urgent").value(false))
                .andExpect(jsonPath("$[0].receivedAt").exists())
                .andExpect(jsonPath("$[0].reader").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{12}")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain(openid);
    }

    @Test
    void playsAVoiceNoteAsMp3AndNeverLetsItBeCached() throws Exception {
        long msgId = Pushes.nextMsgId();
        String mediaId = "voice-api-" + msgId;
        WechatFake.shared().givenMedia(mediaId, mediaId + ".amr", "audio/amr", AmrSamples.oneSecond());
        mvc.perform(PUSHES.encrypted(Pushes.voice("oVoice" + msgId, msgId, mediaId, "检测")))
                .andExpect(status().isOk());
        awaitMedia(msgId);
        long id = idOf(msgId);

        mvc.perform(get("/api/comments").with(user("m").roles("MODERATOR")))
                .andExpect(jsonPath("$[0].audioUrl").value("/api/comments/" + id + "/audio"))
                .andExpect(jsonPath("$[0].transcription").value("检测"));
        byte[] mp3 = mvc.perform(
                        get("/api/comments/" + id + "/audio").with(user("m").roles("MODERATOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "audio/mpeg"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(mp3.length).isGreaterThan(1000);
    }

    @Test
    void servesAnImageWithItsTypeAndNoCaching() throws Exception {
        long msgId = Pushes.nextMsgId();
        String mediaId = "image-api-" + msgId;
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        WechatFake.shared().givenMedia(mediaId, mediaId + ".jpg", "image/jpeg", jpeg);
        mvc.perform(PUSHES.encrypted(Pushes.image("oImage" + msgId, msgId, mediaId)))
                .andExpect(status().isOk());
        awaitMedia(msgId);
        long id = idOf(msgId);

        mvc.perform(get("/api/comments/" + id + "/media").with(user("m").roles("MODERATOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Cache-Control", "no-store"));
    }

    @Nested
    class Refusals {

        @Test
        void refusesEditorsWhoAreNotModerators() throws Exception {
            mvc.perform(get("/api/comments").with(user("e").roles("EDITOR"))).andExpect(status().isForbidden());
        }

        @Test
        void answers404ForAudioOfAnUnknownMessage() throws Exception {
            mvc.perform(get("/api/comments/999999999/audio").with(user("m").roles("MODERATOR")))
                    .andExpect(status().isNotFound());
        }
    }
}
