package org.lotus.mp.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lotus.mp.support.AudioSamples;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.WechatFake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Voice both ways against the fake WeChat: a recorded answer becomes permanent voice material, a menu tap gets it as
 * a passive voice reply, the inbox answers with it through the customer-service API, and voice notes are flagged.
 */
@ExtendWith(OutputCaptureExtension.class)
class VoiceRepliesTest extends PortalTest {

    static final Pushes PUSHES = new Pushes(APPID, TOKEN, AES_KEY);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    static String reader() {
        return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
    }

    PushXml.Document push(String xml) throws Exception {
        String reply = mvc.perform(PUSHES.encrypted(xml))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return PUSHES.open(reply);
    }

    long addClip(String title) throws Exception {
        String body = mvc.perform(multipart("/api/audio")
                        .file(new MockMultipartFile("file", "answer.mp3", "audio/mpeg", AudioSamples.tone(2, "mp3")))
                        .param("title", title)
                        .with(user("mediatrice").roles("MODERATOR")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(body).get("id").asLong();
    }

    long commentFrom(String openid, String pushXml, long msgId) throws Exception {
        push(pushXml);
        return jdbc.queryForObject("SELECT id FROM reader_message WHERE wx_msg_id = ?", Long.class, msgId);
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder reply(long id, String json) {
        return post("/api/comments/" + id + "/reply")
                .with(user("m").roles("MODERATOR"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    Map<String, Object> comment(long id) {
        return jdbc.queryForMap("SELECT urgent, listened_at, listened_by FROM reader_message WHERE id = ?", id);
    }

    @Test
    void answersATapOnAnAudioSectionWithTheVoiceMaterialWechatReturned() throws Exception {
        WechatFake.shared().givenVoiceMaterial("voice-material-self-defence");
        int uploadsBefore = WechatFake.shared().voiceUploads().size();
        long audioId = addClip("防身语音");
        Map<String, Object> section = jdbc.queryForMap(
                "SELECT group_key, name_zh, name_fr, position, reply_text FROM section WHERE section_key = 'self-defence'");

        mvc.perform(post("/cms/sections/self-defence")
                        .with(user("redactrice").roles("EDITOR"))
                        .with(csrf())
                        .param("nameZh", (String) section.get("name_zh"))
                        .param("nameFr", (String) section.get("name_fr"))
                        .param("groupKey", (String) section.get("group_key"))
                        .param("position", section.get("position").toString())
                        .param("replyKind", "AUDIO")
                        .param("audioId", Long.toString(audioId))
                        .param("replyText", (String) section.get("reply_text"))
                        .param("enabled", "true"))
                .andExpect(status().is3xxRedirection());

        PushXml.Document reply = push(Pushes.event(reader(), Pushes.now(), "CLICK", "self-defence"));

        assertThat(reply.get("MsgType")).isEqualTo("voice");
        assertThat(reply.get("Voice/MediaId")).isEqualTo("voice-material-self-defence");
        assertThat(WechatFake.shared().voiceUploads()).hasSize(uploadsBefore + 1);
        mvc.perform(get("/api/audio/" + audioId).with(user("e").roles("EDITOR")))
                .andExpect(jsonPath("$.sentToWechat").value(true))
                .andExpect(jsonPath("$.usedBy[0]").value("section:self-defence"));
        mvc.perform(delete("/api/audio/" + audioId).with(user("e").roles("EDITOR")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.usedBy[0]").value("section:self-defence"));
    }

    @Test
    void welcomesNewFollowersWithTheClipStaffChose() throws Exception {
        WechatFake.shared().givenVoiceMaterial("voice-material-welcome");
        long audioId = addClip("欢迎语音");
        String welcome =
                jdbc.queryForObject("SELECT reply_text FROM automatic_reply WHERE reply_key = 'welcome'", String.class);

        mvc.perform(put("/api/replies/welcome")
                        .with(user("redactrice").roles("EDITOR"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JsonMapper.builder()
                                .build()
                                .writeValueAsString(Map.of("text", welcome, "audioId", audioId))))
                .andExpect(status().isOk());
        PushXml.Document reply = push(Pushes.event(reader(), Pushes.now(), "subscribe", ""));

        assertThat(reply.get("MsgType")).isEqualTo("voice");
        assertThat(reply.get("Voice/MediaId")).isEqualTo("voice-material-welcome");
        mvc.perform(get("/api/audio/" + audioId).with(user("e").roles("EDITOR")))
                .andExpect(jsonPath("$.usedBy[0]").value("reply:welcome"));
        mvc.perform(put("/api/replies/welcome")
                        .with(user("redactrice").roles("EDITOR"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JsonMapper.builder().build().writeValueAsString(Map.of("text", welcome))))
                .andExpect(status().isOk());
        assertThat(push(Pushes.event(reader(), Pushes.now(), "subscribe", "")).get("MsgType"))
                .isEqualTo("text");
    }

    @Test
    void setsASectionToAClipThroughTheApi() throws Exception {
        WechatFake.shared().givenVoiceMaterial("voice-material-insurance");
        long audioId = addClip("医保语音");
        String text =
                jdbc.queryForObject("SELECT reply_text FROM section WHERE section_key = 'insurance'", String.class);
        String body = JsonMapper.builder()
                .build()
                .writeValueAsString(
                        Map.of("name", "医疗保险", "replyKind", "audio", "replyText", text, "audioId", audioId));

        mvc.perform(put("/api/sections/insurance")
                        .with(user("redactrice").roles("EDITOR"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replyKind").value("audio"))
                .andExpect(jsonPath("$.audioId").value(audioId));

        PushXml.Document reply = push(Pushes.event(reader(), Pushes.now(), "CLICK", "insurance"));
        assertThat(reply.get("MsgType")).isEqualTo("voice");
        assertThat(reply.get("Voice/MediaId")).isEqualTo("voice-material-insurance");
    }

    @Test
    void refusesAnAudioSectionWithoutAClip() throws Exception {
        mvc.perform(put("/api/sections/rights")
                        .with(user("redactrice").roles("EDITOR"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"我的权利\",\"replyKind\":\"audio\",\"replyText\":\"权利\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("audioId"));
    }

    @Test
    void answersFromTheInboxWithAVoiceMessage() throws Exception {
        WechatFake.shared().givenVoiceMaterial("voice-material-inbox");
        long audioId = addClip("我们听到了");
        String openid = reader();
        long msgId = Pushes.nextMsgId();
        long id = commentFrom(openid, Pushes.text(openid, msgId, "你们能帮我看信吗"), msgId);
        int sentBefore = WechatFake.shared().customMessages().size();

        mvc.perform(reply(id, "{\"audioId\":" + audioId + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("sent"));

        var sent = WechatFake.shared().customMessages();
        assertThat(sent).hasSize(sentBefore + 1);
        String body = sent.get(sent.size() - 1).getBodyAsString();
        assertThat(body).contains("\"msgtype\":\"voice\"", "\"media_id\":\"voice-material-inbox\"", openid);
    }

    @Test
    void uploadsTheClipAgainOnceWhenWechatNoLongerKnowsItsMediaId() throws Exception {
        WechatFake.shared().givenVoiceMaterial("voice-material-first");
        long audioId = addClip("再发一次");
        String openid = reader();
        long msgId = Pushes.nextMsgId();
        long id = commentFrom(openid, Pushes.text(openid, msgId, "在吗"), msgId);
        mvc.perform(reply(id, "{\"audioId\":" + audioId + "}")).andExpect(status().isOk());
        WechatFake.shared().givenVoiceMaterial("voice-material-renewed");
        WechatFake.shared().refuseNextCustomMessage(40007, "invalid media_id");
        int uploadsBefore = WechatFake.shared().voiceUploads().size();
        int sentBefore = WechatFake.shared().customMessages().size();

        mvc.perform(reply(id, "{\"audioId\":" + audioId + "}")).andExpect(status().isOk());

        assertThat(WechatFake.shared().voiceUploads()).hasSize(uploadsBefore + 1);
        var sent = WechatFake.shared().customMessages();
        assertThat(sent).hasSize(sentBefore + 2);
        assertThat(sent.get(sent.size() - 2).getBodyAsString()).contains("voice-material-first");
        assertThat(sent.get(sent.size() - 1).getBodyAsString()).contains("voice-material-renewed");
    }

    @Test
    void marksAVoiceNoteListenedWhenStaffFirstPlayIt() throws Exception {
        long msgId = Pushes.nextMsgId();
        String mediaId = "voice-listen-" + msgId;
        WechatFake.shared().givenMedia(mediaId, mediaId + ".amr", "audio/amr", AmrSamples.oneSecond());
        String openid = reader();
        long id = commentFrom(openid, Pushes.voice(openid, msgId, mediaId, ""), msgId);
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> jdbc.queryForObject(
                                "SELECT media_status FROM reader_message WHERE id = ?", String.class, id),
                        "STORED"::equals);
        assertThat(comment(id).get("listened_at")).isNull();

        mvc.perform(get("/api/comments/" + id + "/audio").with(user("ecoutante").roles("MODERATOR")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/comments/" + id + "/audio").with(user("autre").roles("MODERATOR")))
                .andExpect(status().isOk());

        assertThat(comment(id).get("listened_at")).isNotNull();
        assertThat(comment(id).get("listened_by")).isEqualTo("ecoutante");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'comment.listened' AND target_id = ?",
                        Long.class,
                        Long.toString(id)))
                .isEqualTo(1);
    }

    @Test
    void flagsAnyMessageUrgentAndAlertsOnDutyStaffThenUnflagsIt(CapturedOutput output) throws Exception {
        String openid = reader();
        long msgId = Pushes.nextMsgId();
        long id = commentFrom(openid, Pushes.voice(openid, msgId, "voice-flag-" + msgId, ""), msgId);

        mvc.perform(post("/api/comments/" + id + "/urgent")
                        .with(user("m").roles("MODERATOR"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"urgent\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.urgent").value(true));
        assertThat(comment(id).get("urgent")).isEqualTo(true);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> output.getAll().contains("Urgent message " + id + " received"));

        mvc.perform(post("/api/comments/" + id + "/urgent")
                        .with(user("m").roles("MODERATOR"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"urgent\":false}"))
                .andExpect(jsonPath("$.urgent").value(false));
        assertThat(comment(id).get("urgent")).isEqualTo(false);
    }

    @Test
    void checksWechatsTranscriptionOfAVoiceNoteForUrgentSignals() throws Exception {
        String openid = reader();
        long msgId = Pushes.nextMsgId();

        PushXml.Document reply = push(Pushes.voice(openid, msgId, "voice-recognition-" + msgId, "我被打了，救命"));

        assertThat(reply.get("Content")).contains("你不是一个人", "17", "15", "112");
        assertThat(jdbc.queryForObject("SELECT urgent FROM reader_message WHERE wx_msg_id = ?", Boolean.class, msgId))
                .isTrue();
    }

    @Nested
    class Refuses {

        @Test
        void aVoiceReplyOutsideWechatsWindowSayingSinceWhen() throws Exception {
            long audioId = addClip("太晚了");
            String openid = reader();
            long msgId = Pushes.nextMsgId();
            long id = commentFrom(openid, Pushes.text(openid, msgId, "你好"), msgId);
            jdbc.update(
                    "UPDATE reader SET last_message_at = ? WHERE pseudonym = "
                            + "(SELECT reader_pseudonym FROM reader_message WHERE id = ?)",
                    LocalDateTime.of(2026, 11, 20, 9, 30)
                            .atOffset(ZoneOffset.UTC)
                            .toLocalDateTime(),
                    id);
            int sentBefore = WechatFake.shared().customMessages().size();

            mvc.perform(reply(id, "{\"audioId\":" + audioId + "}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.closedAt").value("2026-11-22T09:30Z"))
                    .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("22/11/2026 10:30")));
            assertThat(WechatFake.shared().customMessages()).hasSize(sentBefore);
        }

        @Test
        void aReplyWithBothTextAndAudioOrNeither() throws Exception {
            String openid = reader();
            long msgId = Pushes.nextMsgId();
            long id = commentFrom(openid, Pushes.text(openid, msgId, "你好"), msgId);

            mvc.perform(reply(id, "{}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("text"));
            mvc.perform(reply(id, "{\"audioId\":987654}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("audioId"));
        }

        @Test
        void urgentFlagsOnUnknownMessagesAndFromEditors() throws Exception {
            mvc.perform(post("/api/comments/987654/urgent")
                            .with(user("m").roles("MODERATOR"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"urgent\":true}"))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/api/comments/987654/urgent")
                            .with(user("e").roles("EDITOR"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"urgent\":true}"))
                    .andExpect(status().isForbidden());
        }
    }
}
