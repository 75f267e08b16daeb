package org.lotus.mp.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.portal.Pushes;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.WechatFake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code /api/conversations}: one thread per reader with her messages and our replies, open urgent threads first. */
class ConversationsApiTest extends PortalTest {

    static final Pushes PUSHES = new Pushes(APPID, TOKEN, AES_KEY);
    static final RequestPostProcessor MEDIATOR = user("mediatrice").roles("MODERATOR");
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    static String openid() {
        return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
    }

    /** The reader's short pseudonym, as staff see it. */
    String receive(String openid, String text) throws Exception {
        long msgId = Pushes.nextMsgId();
        mvc.perform(PUSHES.encrypted(Pushes.text(openid, msgId, text))).andExpect(status().isOk());
        return jdbc.queryForObject(
                        "SELECT reader_pseudonym FROM reader_message WHERE wx_msg_id = ?", String.class, msgId)
                .substring(0, 12);
    }

    JsonNode json(String path) throws Exception {
        return JSON.readTree(mvc.perform(get(path).with(MEDIATOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void threadHoldsHerMessagesAndOurRepliesWithTheirAuthor() throws Exception {
        String openid = openid();
        String reader = receive(openid, "请问周四可以检测吗？");
        receive(openid, "我下午有空");
        mvc.perform(post("/api/conversations/" + reader + "/replies")
                        .with(MEDIATOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"可以，周四下午两点来。\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("sent"));

        JsonNode thread = json("/api/conversations/" + reader);
        assertThat(thread.get("reader").asText()).isEqualTo(reader);
        assertThat(thread.toString()).doesNotContain(openid);
        JsonNode messages = thread.get("messages");
        assertThat(messages).hasSize(3);
        assertThat(messages.get(0).get("direction").asText()).isEqualTo("in");
        assertThat(messages.get(0).get("text").asText()).isEqualTo("请问周四可以检测吗？");
        assertThat(messages.get(2).get("direction").asText()).isEqualTo("out");
        assertThat(messages.get(2).get("author").asText()).isEqualTo("mediatrice");
        assertThat(messages.get(2).get("status").asText()).isEqualTo("sent");
        assertThat(messages.get(2).get("text").asText()).isEqualTo("可以，周四下午两点来。");
    }

    @Test
    void listShowsOpenUrgentThreadsFirstThenTheLatest() throws Exception {
        String urgent = receive(openid(), "救命，有人跟踪我");
        String later = receive(openid(), "谢谢你们");

        JsonNode list = json("/api/conversations?size=200");
        int urgentAt = -1;
        int laterAt = -1;
        for (int i = 0; i < list.size(); i++) {
            String reader = list.get(i).get("reader").asText();
            urgentAt = reader.equals(urgent) ? i : urgentAt;
            laterAt = reader.equals(later) ? i : laterAt;
        }
        assertThat(urgentAt).isNotNegative().isLessThan(laterAt);
        assertThat(list.get(urgentAt).get("urgentOpen").asLong()).isEqualTo(1);
        assertThat(list.get(laterAt).get("canReply").asBoolean()).isTrue();
        assertThat(list.toString()).doesNotContain("openid");
    }

    @Test
    void handledCanBeUndoneAndANicknameGiven() throws Exception {
        String reader = receive(openid(), "你好");
        mvc.perform(post("/api/conversations/" + reader + "/handled").with(MEDIATOR))
                .andExpect(jsonPath("$.handled").value(1));
        assertThat(json("/api/conversations/" + reader)
                        .get("messages")
                        .get(0)
                        .get("handled")
                        .asBoolean())
                .isTrue();
        mvc.perform(delete("/api/conversations/" + reader + "/handled").with(MEDIATOR))
                .andExpect(status().isOk());
        assertThat(json("/api/conversations/" + reader)
                        .get("messages")
                        .get(0)
                        .get("handled")
                        .asBoolean())
                .isFalse();

        mvc.perform(put("/api/conversations/" + reader + "/nickname")
                        .with(MEDIATOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nickname\":\"Rose du jeudi\"}"))
                .andExpect(status().isOk());
        assertThat(json("/api/conversations/" + reader).get("nickname").asText())
                .isEqualTo("Rose du jeudi");
    }

    @Nested
    class Refusals {

        @Test
        void blockedTermIsRefusedWithATranslatedReasonAndNothingSent() throws Exception {
            String term = "禁词" + UUID.randomUUID().toString().substring(0, 6);
            mvc.perform(post("/api/lexicon")
                            .with(user(ADMIN).roles("ADMIN"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"term\":\"" + term + "\",\"replacement\":\"\",\"language\":\"zh\","
                                    + "\"category\":\"violence\"}"))
                    .andExpect(status().is2xxSuccessful());
            String reader = receive(openid(), "你好");
            mvc.perform(post("/api/conversations/" + reader + "/replies")
                            .with(MEDIATOR)
                            .header("Accept-Language", "fr")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"text\":\"请看 " + term + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("text"))
                    .andExpect(jsonPath("$.message").value(containsString("Reformulez")));
            assertThat(WechatFake.shared().customMessages())
                    .noneMatch(r -> r.getBodyAsString().contains(term));
        }

        @Test
        void emptyReplyNamesTheFieldWithItsLabel() throws Exception {
            String reader = receive(openid(), "你好");
            mvc.perform(post("/api/conversations/" + reader + "/replies")
                            .with(MEDIATOR)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"text\":\"  \"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("text"))
                    .andExpect(jsonPath("$.message").value(containsString("« Texte »")));
        }

        @Test
        void unknownReaderIs404() throws Exception {
            mvc.perform(get("/api/conversations/0123456789ab").with(MEDIATOR)).andExpect(status().isNotFound());
            mvc.perform(get("/api/conversations/not-a-reader").with(MEDIATOR)).andExpect(status().isNotFound());
        }

        @Test
        void editorsCannotReadConversations() throws Exception {
            mvc.perform(get("/api/conversations").with(user("e").roles("EDITOR")))
                    .andExpect(status().isForbidden());
        }

        @Test
        void moderatorsCannotEraseAReader() throws Exception {
            String reader = receive(openid(), "你好");
            mvc.perform(delete("/api/conversations/" + reader).with(MEDIATOR)).andExpect(status().isForbidden());
        }
    }
}
