package org.lotus.mp.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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

/** The moderators' inbox: messages by pseudonym, voice to play, replies within WeChat's 48 hours. */
class InboxPagesTest extends PortalTest {

    static final Pushes PUSHES = new Pushes(APPID, TOKEN, AES_KEY);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    static String reader() {
        return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
    }

    long receive(String reader, String text) throws Exception {
        long msgId = Pushes.nextMsgId();
        mvc.perform(PUSHES.encrypted(Pushes.text(reader, msgId, text))).andExpect(status().isOk());
        return jdbc.queryForObject("SELECT id FROM reader_message WHERE wx_msg_id = ?", Long.class, msgId);
    }

    String inbox(String query) throws Exception {
        return mvc.perform(get("/cms/comments" + query).with(user("mediatrice").roles("MODERATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void showsMessagesByPseudonymNeverTheOpenid() throws Exception {
        String reader = reader();
        receive(reader, "请问周四的检测几点开始？");
        String page = inbox("");
        assertThat(page).contains("请问周四的检测几点开始？").doesNotContain(reader);
    }

    @Test
    void repliesThroughCustomerServiceWithTheRewrittenText() throws Exception {
        String reader = reader();
        long id = receive(reader, "你们有安全套吗？");
        int before = WechatFake.shared().customMessages().size();

        mvc.perform(post("/cms/comments/" + id + "/reply")
                        .with(user("mediatrice").roles("MODERATOR"))
                        .with(csrf())
                        .param("text", "有的，周四来拿安全套。"))
                .andExpect(flash().attribute("notice", "comments.reply.sent"));

        assertThat(WechatFake.shared().customMessages()).hasSize(before + 1);
        String sent = WechatFake.shared().customMessages().get(before).getBodyAsString();
        assertThat(sent).contains(reader).contains("周四来拿工具").doesNotContain("安全套");
        assertThat(jdbc.queryForObject("SELECT replied_by FROM reader_message WHERE id = ?", String.class, id))
                .isEqualTo("mediatrice");
    }

    @Test
    void playsAVoiceMessageInTheBrowserFormat() throws Exception {
        long msgId = Pushes.nextMsgId();
        String mediaId = "inbox-voice-" + msgId;
        WechatFake.shared().givenMedia(mediaId, mediaId + ".amr", "audio/amr", AmrSamples.oneSecond());
        mvc.perform(PUSHES.encrypted(Pushes.voice(reader(), msgId, mediaId, "你好")))
                .andExpect(status().isOk());
        long id = jdbc.queryForObject("SELECT id FROM reader_message WHERE wx_msg_id = ?", Long.class, msgId);
        await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> jdbc.queryForObject(
                                "SELECT media_status FROM reader_message WHERE id = ?", String.class, id),
                        "STORED"::equals);

        String reader = jdbc.queryForObject(
                        "SELECT reader_pseudonym FROM reader_message WHERE id = ?", String.class, id)
                .substring(0, 12);
        assertThat(inbox("/readers/" + reader)).contains("/cms/comments/" + id + "/audio");
        mvc.perform(get("/cms/comments/" + id + "/audio")
                        .with(user("mediatrice").roles("MODERATOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "audio/mpeg"))
                .andExpect(header().string("Cache-Control", "no-store"));
    }

    @Test
    void dashboardShowsTheLatestAndUrgentMessages() throws Exception {
        receive(reader(), "救命，有人跟踪我");
        String dashboard = mvc.perform(get("/cms").with(user("mediatrice").roles("MODERATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(dashboard).contains("救命，有人跟踪我", "URGENT").containsPattern("\\d+ messages? urgents? à traiter");
    }

    @Test
    void marksAMessageHandled() throws Exception {
        long id = receive(reader(), "谢谢");
        mvc.perform(post("/cms/comments/" + id + "/handled")
                        .with(user("mediatrice").roles("MODERATOR"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String reader = jdbc.queryForObject(
                        "SELECT reader_pseudonym FROM reader_message WHERE id = ?", String.class, id)
                .substring(0, 12);
        assertThat(inbox("?open=true")).doesNotContain("thread-" + reader + "\"");
        assertThat(inbox("")).contains("thread-" + reader + "\"");
    }

    @Nested
    class Refusals {

        @Test
        void replyWindowClosesFortyEightHoursAfterTheLastMessage() throws Exception {
            String reader = reader();
            long id = receive(reader, "你好");
            String pseudonym =
                    jdbc.queryForObject("SELECT reader_pseudonym FROM reader_message WHERE id = ?", String.class, id);
            jdbc.update(
                    "UPDATE reader SET last_message_at = ? WHERE pseudonym = ?",
                    LocalDateTime.now(ZoneOffset.UTC).minusHours(49),
                    pseudonym);
            int before = WechatFake.shared().customMessages().size();

            assertThat(inbox("/readers/" + pseudonym.substring(0, 12))).contains("reply-closed");
            mvc.perform(post("/cms/comments/" + id + "/reply")
                            .with(user("mediatrice").roles("MODERATOR"))
                            .with(csrf())
                            .header("Accept-Language", "fr")
                            .param("text", "你好"))
                    .andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .string(org.hamcrest.Matchers.containsString("Le délai de 48 heures")));
            assertThat(WechatFake.shared().customMessages()).hasSize(before);
        }

        @Test
        void editorCannotOpenTheInbox() throws Exception {
            mvc.perform(get("/cms/comments").with(user("e").roles("EDITOR"))).andExpect(status().isForbidden());
        }

        @Test
        void moderatorCannotEraseAReader() throws Exception {
            long id = receive(reader(), "你好");
            String shortName = jdbc.queryForObject(
                            "SELECT reader_pseudonym FROM reader_message WHERE id = ?", String.class, id)
                    .substring(0, 12);
            mvc.perform(post("/cms/comments/readers/" + shortName + "/erase")
                            .param("confirm", shortName)
                            .with(user("m").roles("MODERATOR"))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }

        @Test
        void unknownMessageIs404() throws Exception {
            mvc.perform(post("/cms/comments/999999/handled")
                            .with(user("m").roles("MODERATOR"))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
    }
}
