package org.lotus.mp.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.WechatFake;
import org.lotus.mp.wechat.PublishJobFinished;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** WeChat pushes at the running app, signed and encrypted as WeChat sends them, and what readers get back. */
@ExtendWith(OutputCaptureExtension.class)
class PortalCallbackTest extends PortalTest {

    static final Pushes PUSHES = new Pushes(APPID, TOKEN, AES_KEY);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConfigurableApplicationContext context;

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

    long messages(long msgId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM reader_message WHERE wx_msg_id = ?", Long.class, msgId);
    }

    @Test
    void answersAddressVerificationWithTheEchoString() throws Exception {
        String timestamp = Long.toString(Pushes.now());
        mvc.perform(get("/wx/portal/" + APPID)
                        .queryParam("timestamp", timestamp)
                        .queryParam("nonce", "42")
                        .queryParam("signature", CallbackSignature.sign(TOKEN, timestamp, "42"))
                        .queryParam("echostr", "4375120948345356249"))
                .andExpect(status().isOk())
                .andExpect(content().string("4375120948345356249"));
    }

    @Test
    void welcomesNewFollowersWithWhatTheAccountOffers() throws Exception {
        PushXml.Document reply = push(Pushes.event(reader(), Pushes.now(), "subscribe", ""));

        assertThat(reply.get("MsgType")).isEqualTo("text");
        assertThat(reply.get("Content")).contains("免费", "保密", "留言", "语音");
    }

    @Test
    void countsUnfollowsWithoutKeepingWhoLeft() throws Exception {
        Long before = jdbc.queryForObject("SELECT COUNT(*) FROM reader_event WHERE kind = 'unsubscribe'", Long.class);
        String reader = reader();

        mvc.perform(PUSHES.encrypted(Pushes.event(reader, Pushes.now(), "unsubscribe", "")))
                .andExpect(status().isOk())
                .andExpect(content().string("success"));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reader_event WHERE kind = 'unsubscribe'", Long.class))
                .isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reader WHERE openid_sealed = ?", Long.class, reader))
                .isZero();
    }

    @Test
    void answersAMenuTapWithTheSectionsText() throws Exception {
        PushXml.Document reply = push(Pushes.event(reader(), Pushes.now(), "CLICK", "emergency"));

        assertThat(reply.get("MsgType")).isEqualTo("text");
        assertThat(reply.get("Content")).contains("48小时", "TPE");
        assertThat(reply.get("FromUserName")).isEqualTo("gh_lotus");
    }

    @Test
    void storesATextMessageUnderAPseudonymAndAcknowledgesIt(CapturedOutput output) throws Exception {
        String reader = reader();
        long msgId = Pushes.nextMsgId();

        PushXml.Document reply = push(Pushes.text(reader, msgId, "我想问一下房租的事"));

        assertThat(reply.get("Content")).contains("收到你的留言");
        assertThat(reply.get("ToUserName")).isEqualTo(reader);
        assertThat(messages(msgId)).isEqualTo(1);
        String pseudonym = jdbc.queryForObject(
                "SELECT reader_pseudonym FROM reader_message WHERE wx_msg_id = ?", String.class, msgId);
        assertThat(pseudonym).hasSize(64).doesNotContain(reader);
        String sealed =
                jdbc.queryForObject("SELECT openid_sealed FROM reader WHERE pseudonym = ?", String.class, pseudonym);
        assertThat(sealed).doesNotContain(reader);
        assertThat(output.getAll()).doesNotContain(reader).doesNotContain("房租的事");
    }

    @Test
    void answersAWeChatRetryAsBeforeAndStoresTheMessageOnce() throws Exception {
        long msgId = Pushes.nextMsgId();
        String xml = Pushes.text(reader(), msgId, "你好");
        Pushes.EncryptedPush push = PUSHES.prepare(xml);

        String first = mvc.perform(PUSHES.send(push)).andReturn().getResponse().getContentAsString();
        String sameAgain =
                mvc.perform(PUSHES.send(push)).andReturn().getResponse().getContentAsString();
        PushXml.Document retriedWithNewNonce = push(xml);

        assertThat(PUSHES.open(sameAgain).get("Content"))
                .isEqualTo(PUSHES.open(first).get("Content"));
        assertThat(retriedWithNewNonce.get("Content"))
                .isEqualTo(PUSHES.open(first).get("Content"));
        assertThat(messages(msgId)).isEqualTo(1);
    }

    @Test
    void storesAVoiceMessageWithItsTranscriptionAndFetchesTheAudioAtOnce() throws Exception {
        long msgId = Pushes.nextMsgId();
        String mediaId = "voice-" + msgId;
        WechatFake.shared().givenMedia(mediaId, mediaId + ".amr", "audio/amr", AmrSamples.oneSecond());

        PushXml.Document reply = push(Pushes.voice(reader(), msgId, mediaId, "下周几点检测"));

        assertThat(reply.get("Content")).contains("语音");
        assertThat(jdbc.queryForObject(
                        "SELECT transcription FROM reader_message WHERE wx_msg_id = ?", String.class, msgId))
                .isEqualTo("下周几点检测");
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> jdbc.queryForObject(
                                "SELECT media_status FROM reader_message WHERE wx_msg_id = ?", String.class, msgId),
                        "STORED"::equals);
        String file =
                jdbc.queryForObject("SELECT media_file FROM reader_message WHERE wx_msg_id = ?", String.class, msgId);
        assertThat(file).endsWith(".amr");
        assertThat(Files.readAllBytes(dataDir().resolve("media").resolve(file))).isEqualTo(AmrSamples.oneSecond());
    }

    @Test
    void givesUpOnMediaWeChatNoLongerHas() throws Exception {
        long msgId = Pushes.nextMsgId();

        push(Pushes.image(reader(), msgId, "expired-" + msgId));

        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> jdbc.queryForObject(
                                "SELECT media_status FROM reader_message WHERE wx_msg_id = ?", String.class, msgId),
                        "FAILED"::equals);
    }

    @Test
    void storesALinkAsText() throws Exception {
        long msgId = Pushes.nextMsgId();

        push(Pushes.message(
                reader(),
                "link",
                msgId,
                "<Title><![CDATA[房东的信]]></Title><Description><![CDATA[]]></Description>"
                        + "<Url><![CDATA[https://example.org/a]]></Url>"));

        assertThat(jdbc.queryForObject(
                        "SELECT text_content FROM reader_message WHERE wx_msg_id = ?", String.class, msgId))
                .isEqualTo("房东的信\nhttps://example.org/a");
    }

    @Test
    void keepsNoLocationAndSaysWhy() throws Exception {
        long msgId = Pushes.nextMsgId();

        PushXml.Document reply = push(Pushes.message(
                reader(),
                "location",
                msgId,
                "<Location_X>48.85</Location_X><Location_Y>2.35</Location_Y><Scale>20</Scale>"
                        + "<Label><![CDATA[Paris]]></Label>"));

        assertThat(reply.get("Content")).contains("不保存", "位置");
        assertThat(messages(msgId)).isZero();
    }

    @Test
    void saysPolitelyWhatItCanTakeForOtherMessages() throws Exception {
        PushXml.Document reply = push(Pushes.message(reader(), "miniprogrampage", Pushes.nextMsgId(), ""));

        assertThat(reply.get("Content")).contains("文字", "语音", "图片");
    }

    @Test
    void recordsAFinishedPublishJobAndHandsItToPublishing() throws Exception {
        List<PublishJobFinished> received = new CopyOnWriteArrayList<>();
        ApplicationListener<PayloadApplicationEvent<PublishJobFinished>> listener =
                event -> received.add(event.getPayload());
        context.addApplicationListener(listener);
        String publishId = Long.toString(Pushes.nextMsgId());
        String xml = "<xml><ToUserName><![CDATA[gh_lotus]]></ToUserName><FromUserName><![CDATA[oSystem]]>"
                + "</FromUserName><CreateTime>" + Pushes.now() + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[PUBLISHJOBFINISH]]></Event><PublishEventInfo><publish_id>" + publishId
                + "</publish_id><publish_status>2</publish_status><article_id><![CDATA[art-7]]></article_id>"
                + "<article_detail><count>2</count><item><idx>1</idx><article_url><![CDATA[https://mp.weixin.qq.com/s/a]]>"
                + "</article_url></item><item><idx>2</idx><article_url><![CDATA[https://mp.weixin.qq.com/s/b]]>"
                + "</article_url></item></article_detail><fail_idx>2</fail_idx></PublishEventInfo></xml>";

        mvc.perform(PUSHES.encrypted(xml))
                .andExpect(status().isOk())
                .andExpect(content().string("success"));

        assertThat(jdbc.queryForObject(
                        "SELECT article_urls FROM publish_job_result WHERE publish_id = ?", String.class, publishId))
                .isEqualTo("1 https://mp.weixin.qq.com/s/a\n2 https://mp.weixin.qq.com/s/b");
        await().atMost(Duration.ofSeconds(5)).until(() -> !received.isEmpty());
        PublishJobFinished finished = received.get(0);
        assertThat(finished.publishId()).isEqualTo(publishId);
        assertThat(finished.publishStatus()).isEqualTo(2);
        assertThat(finished.wechatArticleId()).isEqualTo("art-7");
        assertThat(finished.items())
                .containsExactly(
                        new PublishJobFinished.PublishedItem(1, "https://mp.weixin.qq.com/s/a"),
                        new PublishJobFinished.PublishedItem(2, "https://mp.weixin.qq.com/s/b"));
        assertThat(finished.failedIndexes()).containsExactly(2);
    }
}
