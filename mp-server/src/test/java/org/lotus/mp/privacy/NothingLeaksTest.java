package org.lotus.mp.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lotus.mp.portal.AmrSamples;
import org.lotus.mp.portal.Pushes;
import org.lotus.mp.readers.ReaderKeyRotation;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.WechatFake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Drives every callback flow and the staff flows on reader messages while capturing all output, then proves that no
 * reader id, message text, transcription, token or password reached the logs, and that no answer held an openid.
 */
@ExtendWith(OutputCaptureExtension.class)
class NothingLeaksTest extends PortalTest {

    static final Pushes PUSHES = new Pushes(APPID, TOKEN, AES_KEY);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> answers = new ArrayList<>();

    static String reader() {
        return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
    }

    void push(String xml) throws Exception {
        answers.add(mvc.perform(PUSHES.encrypted(xml))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    String read(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        String body = mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        answers.add(body);
        return body;
    }

    @Autowired
    ReaderKeyRotation rotation;

    @Test
    void noReaderIdentityMessageTokenOrPasswordReachesTheLogs(CapturedOutput output) throws Exception {
        String alice = reader();
        String bea = reader();
        String text = "我住在十三区的某条街，房东姓王" + UUID.randomUUID().toString().substring(0, 6);
        String transcription = "语音里说的秘密内容" + UUID.randomUUID().toString().substring(0, 6);
        String urgent = "救命，客人打我" + UUID.randomUUID().toString().substring(0, 6);
        long voice = Pushes.nextMsgId();
        String mediaId = "leak-voice-" + voice;
        WechatFake.shared().givenMedia(mediaId, mediaId + ".amr", "audio/amr", AmrSamples.oneSecond());

        push(Pushes.event(alice, Pushes.now(), "subscribe", ""));
        push(Pushes.event(alice, Pushes.now(), "CLICK", "emergency"));
        push(Pushes.text(alice, Pushes.nextMsgId(), text));
        push(Pushes.voice(alice, voice, mediaId, transcription));
        push(Pushes.image(alice, Pushes.nextMsgId(), "leak-image-missing"));
        push(Pushes.text(bea, Pushes.nextMsgId(), urgent));
        push(Pushes.text(bea, Pushes.nextMsgId(), "隐私"));
        push(Pushes.message(
                alice,
                "location",
                Pushes.nextMsgId(),
                "<Location_X>48.82</Location_X><Location_Y>2.36</Location_Y><Label>rue</Label>"));
        await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> jdbc.queryForObject(
                                "SELECT media_status FROM reader_message WHERE wx_msg_id = ?", String.class, voice),
                        "STORED"::equals);
        long voiceId = jdbc.queryForObject("SELECT id FROM reader_message WHERE wx_msg_id = ?", Long.class, voice);

        read(get("/api/comments").with(httpBasic(ADMIN, ADMIN_PASSWORD)));
        read(get("/cms/comments").with(user("mediatrice").roles("ADMIN")));
        read(get("/cms/comments/" + voiceId + "/audio").with(user("mediatrice").roles("MODERATOR")));
        read(post("/cms/comments/" + voiceId + "/reply")
                .with(user("mediatrice").roles("MODERATOR"))
                .with(csrf())
                .param("text", "我们明天联系你"));
        read(post("/cms/comments/" + voiceId + "/handled")
                .with(user("mediatrice").roles("MODERATOR"))
                .with(csrf()));
        String clientStory = "他在酒店打人" + UUID.randomUUID().toString().substring(0, 6);
        push(Pushes.text(alice, Pushes.nextMsgId(), "举报 06 13 57 91 35 " + clientStory));
        push(Pushes.text(alice, Pushes.nextMsgId(), "1"));
        push(Pushes.text(bea, Pushes.nextMsgId(), "查 +33 6 13 57 91 35"));
        rotation.rotate(null);
        push(Pushes.text(bea, Pushes.nextMsgId(), "删除我的信息"));
        push(Pushes.event(alice, Pushes.now(), "unsubscribe", ""));
        read(get("/api/comments").with(httpBasic(ADMIN, ADMIN_PASSWORD)));

        String logs = output.getAll();
        assertThat(logs)
                .doesNotContain(alice, bea)
                .doesNotContain(text, transcription, urgent, "我们明天联系你")
                .doesNotContain(clientStory, "13579135", "13 57 91 35", "57 91 35")
                .doesNotContain(WechatFake.TOKEN, "fake-secret", ADMIN_PASSWORD, AES_KEY);
        assertThat(answers).allSatisfy(answer -> assertThat(answer).doesNotContain(alice, bea));
    }
}
