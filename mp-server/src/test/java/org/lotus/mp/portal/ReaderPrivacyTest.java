package org.lotus.mp.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lotus.mp.privacy.RetentionJobs;
import org.lotus.mp.replies.ReaderTexts;
import org.lotus.mp.replies.ReplyKey;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.WechatFake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Readers' safety and privacy through WeChat: urgent help, privacy notice, erasure on request, retention. */
@ExtendWith(OutputCaptureExtension.class)
class ReaderPrivacyTest extends PortalTest {

    static final Pushes PUSHES = new Pushes(APPID, TOKEN, AES_KEY);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RetentionJobs retention;

    @Autowired
    ReaderTexts readerTexts;

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

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void answersADangerSignalAtOnceWithEmergencyNumbersAndFlagsItUrgent(CapturedOutput output) throws Exception {
        long msgId = Pushes.nextMsgId();
        PushXml.Document reply = push(Pushes.text(reader(), msgId, "救命，他打我"));

        assertThat(reply.get("Content")).contains("17", "15", "112", "48小时");
        assertThat(jdbc.queryForObject("SELECT urgent FROM reader_message WHERE wx_msg_id = ?", Boolean.class, msgId))
                .isTrue();
        String comments = mvc.perform(get("/api/comments").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(comments).contains("\"urgent\":true");
        assertThat(output.getAll()).doesNotContain("救命，他打我");
    }

    @Test
    void flagsAVoiceMessageWhoseTranscriptionSignalsAnAssault() throws Exception {
        long msgId = Pushes.nextMsgId();
        String mediaId = "urgent-voice-" + msgId;
        WechatFake.shared().givenMedia(mediaId, mediaId + ".amr", "audio/amr", new byte[] {1, 2, 3});
        PushXml.Document reply = push(Pushes.voice(reader(), msgId, mediaId, "我被强奸了"));
        assertThat(reply.get("Content")).contains("TPE");
        assertThat(jdbc.queryForObject("SELECT urgent FROM reader_message WHERE wx_msg_id = ?", Boolean.class, msgId))
                .isTrue();
    }

    @Test
    void sendsThePrivacyNoticeInChineseWithoutKeepingTheRequest() throws Exception {
        long msgId = Pushes.nextMsgId();
        PushXml.Document reply = push(Pushes.text(reader(), msgId, "隐私"));
        assertThat(reply.get("Content"))
                .isEqualTo(readerTexts.text(ReplyKey.PRIVACY))
                .startsWith("【你的隐私】")
                .doesNotContain("警察");
        assertThat(count("SELECT COUNT(*) FROM reader_message WHERE wx_msg_id = ?", msgId))
                .isZero();
    }

    @Test
    void privacyMenuEntryExplainsHowToErase() throws Exception {
        PushXml.Document reply = push(Pushes.event(reader(), Pushes.now(), "CLICK", "privacy"));
        assertThat(reply.get("Content")).contains("删除我的信息", "180天");
    }

    @Test
    void erasesEverythingAboutAReaderWhoAsks() throws Exception {
        String reader = reader();
        long text = Pushes.nextMsgId();
        long voice = Pushes.nextMsgId();
        String mediaId = "erase-voice-" + voice;
        WechatFake.shared().givenMedia(mediaId, mediaId + ".amr", "audio/amr", new byte[] {4, 5, 6});
        push(Pushes.text(reader, text, "我想问问医保"));
        push(Pushes.voice(reader, voice, mediaId, "你好"));
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> jdbc.queryForObject(
                                "SELECT media_status FROM reader_message WHERE wx_msg_id = ?", String.class, voice),
                        "STORED"::equals);
        String file =
                jdbc.queryForObject("SELECT media_file FROM reader_message WHERE wx_msg_id = ?", String.class, voice);
        String pseudonym = jdbc.queryForObject(
                "SELECT reader_pseudonym FROM reader_message WHERE wx_msg_id = ?", String.class, text);
        assertThat(Files.exists(dataDir().resolve("media").resolve(file))).isTrue();

        PushXml.Document reply = push(Pushes.text(reader, Pushes.nextMsgId(), " 删除我的信息 "));

        assertThat(reply.get("Content"))
                .isEqualTo(readerTexts.text(ReplyKey.ERASED))
                .contains("删除");
        assertThat(count("SELECT COUNT(*) FROM reader_message WHERE reader_pseudonym = ?", pseudonym))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM reader WHERE pseudonym = ?", pseudonym))
                .isZero();
        assertThat(Files.exists(dataDir().resolve("media").resolve(file))).isFalse();
        assertThat(count("SELECT COUNT(*) FROM privacy_purge WHERE reason = 'erasure'"))
                .isPositive();
    }

    @Test
    void purgesVoicePastThirtyDaysAndTextPastHalfAYear() throws Exception {
        String reader = reader();
        long oldVoice = Pushes.nextMsgId();
        long oldText = Pushes.nextMsgId();
        long recentText = Pushes.nextMsgId();
        String mediaId = "old-voice-" + oldVoice;
        WechatFake.shared().givenMedia(mediaId, mediaId + ".amr", "audio/amr", new byte[] {7});
        push(Pushes.voice(reader, oldVoice, mediaId, "旧语音"));
        push(Pushes.text(reader, oldText, "旧留言"));
        push(Pushes.text(reader, recentText, "新留言"));
        LocalDateTime now = LocalDateTime.now(java.time.ZoneOffset.UTC);
        jdbc.update("UPDATE reader_message SET received_at = ? WHERE wx_msg_id = ?", now.minusDays(31), oldVoice);
        jdbc.update("UPDATE reader_message SET received_at = ? WHERE wx_msg_id = ?", now.minusDays(181), oldText);
        jdbc.update("UPDATE reader_message SET received_at = ? WHERE wx_msg_id = ?", now.minusDays(100), recentText);

        retention.purgeNow();

        assertThat(count("SELECT COUNT(*) FROM reader_message WHERE wx_msg_id IN (?, ?)", oldVoice, oldText))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM reader_message WHERE wx_msg_id = ?", recentText))
                .isOne();
    }

    @Test
    void forgetsReadersThirtyDaysAfterTheyUnfollow() throws Exception {
        String reader = reader();
        long msgId = Pushes.nextMsgId();
        push(Pushes.text(reader, msgId, "谢谢"));
        String pseudonym = jdbc.queryForObject(
                "SELECT reader_pseudonym FROM reader_message WHERE wx_msg_id = ?", String.class, msgId);
        mvc.perform(PUSHES.encrypted(Pushes.event(reader, Pushes.now(), "unsubscribe", "")))
                .andExpect(status().isOk());
        jdbc.update(
                "UPDATE reader SET unsubscribed_at = ? WHERE pseudonym = ?",
                LocalDateTime.now(java.time.ZoneOffset.UTC).minusDays(31),
                pseudonym);

        retention.purgeNow();

        assertThat(count("SELECT COUNT(*) FROM reader WHERE pseudonym = ?", pseudonym))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM reader_message WHERE reader_pseudonym = ?", pseudonym))
                .isZero();
    }
}
