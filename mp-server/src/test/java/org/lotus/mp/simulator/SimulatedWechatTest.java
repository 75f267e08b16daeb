package org.lotus.mp.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.comments.CustomerServiceReplies;
import org.lotus.mp.comments.ReaderMessages;
import org.lotus.mp.support.DemoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The simulated WeChat answers as WeChat does, and our real code paths run against it unchanged. */
class SimulatedWechatTest extends DemoTest {

    static final String API = "/simulator/wechat/cgi-bin/";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SimulatedAccount account;

    @Autowired
    SimulatedReaders readers;

    @Autowired
    CustomerServiceReplies customerService;

    @Autowired
    ReaderMessages messages;

    String token() throws Exception {
        String body = mvc.perform(post(API + "stable_token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grant_type\":\"client_credential\",\"appid\":\"" + account.appid()
                                + "\",\"secret\":\"" + account.secret() + "\",\"force_refresh\":false}"))
                .andExpect(jsonPath("$.expires_in").isNumber())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.access_token");
    }

    SimulatorData.Reader follower(String name) {
        SimulatorData.Reader reader = readers.create(name);
        readers.send(reader.id, new SimulatedReaders.Sent("subscribe", null, null, null, null));
        return reader;
    }

    String customText(String openid, String text) {
        return "{\"touser\":\"" + openid + "\",\"msgtype\":\"text\",\"text\":{\"content\":\"" + text + "\"}}";
    }

    @Test
    void customerServiceReplyFromTheInboxArrivesInTheReadersChat() throws Exception {
        SimulatorData.Reader reader = follower("阿莲");
        readers.send(reader.id, new SimulatedReaders.Sent("text", "我的医保卡还没寄到", null, null, null));
        long commentId = jdbc.queryForObject("SELECT MAX(id) FROM reader_message WHERE kind = 'text'", Long.class);

        CustomerServiceReplies.Outcome outcome =
                customerService.reply(messages.find(commentId).orElseThrow(), "别担心，我们帮你问一下医保局。", ADMIN);

        assertThat(outcome).isInstanceOf(CustomerServiceReplies.Outcome.Sent.class);
        assertThat(readers.chat(reader.id)).anySatisfy(entry -> {
            assertThat(entry.via).isEqualTo("custom");
            assertThat(entry.text).isEqualTo("别担心，我们帮你问一下医保局。");
        });
    }

    @Test
    void scheduledArticleIsPublishedWhenPublishJobFinishArrives() throws Exception {
        String created = mvc.perform(post("/api/articles")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"周四免费检测\",\"author\":\"Lotus\",\"digest\":\"每周四\","
                                + "\"body\":\"<p>每周四下午免费检测，记得带安全套。</p>\",\"section\":\"health\",\"language\":\"zh\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post("/api/articles/" + id + "/schedule")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"publishAt\":\"" + Instant.now().plusSeconds(3) + "\"}"))
                .andExpect(status().isOk());

        // The freepublish/get poll waits ten minutes in these tests: only the event can end it PUBLISHED.
        await().atMost(Duration.ofSeconds(45))
                .until(
                        () -> jdbc.queryForObject("SELECT status FROM article WHERE id = ?", String.class, id),
                        "PUBLISHED"::equals);
        String publications = mvc.perform(get("/api/simulator/publications").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<java.util.List<String>>read(publications, "$[?(@.title == '周四免费检测')].html")
                        .toString())
                .contains("工具")
                .doesNotContain("安全套");
    }

    @Test
    void massSendReachesEveryFollowerButNotFormerOnes() throws Exception {
        SimulatorData.Reader follower = follower("阿英");
        SimulatorData.Reader former = follower("阿萍");
        readers.send(former.id, new SimulatedReaders.Sent("unsubscribe", null, null, null, null));

        mvc.perform(
                        post(API + "message/mass/sendall")
                                .param("access_token", token())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"filter\":{\"is_to_all\":true},\"text\":{\"content\":\"本周有新活动\"},\"msgtype\":\"text\"}"))
                .andExpect(jsonPath("$.errcode").value(0))
                .andExpect(jsonPath("$.msg_id").isNumber());

        assertThat(readers.chat(follower.id)).anySatisfy(e -> assertThat(e.via).isEqualTo("mass"));
        assertThat(readers.chat(former.id)).noneSatisfy(e -> assertThat(e.via).isEqualTo("mass"));
    }

    @Test
    void qrCodeAnswersATicketAndAUrl() throws Exception {
        mvc.perform(
                        post(API + "qrcode/create")
                                .param("access_token", token())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"action_name\":\"QR_LIMIT_STR_SCENE\",\"action_info\":{\"scene\":{\"scene_str\":\"bus-belleville\"}}}"))
                .andExpect(jsonPath("$.ticket").isString())
                .andExpect(jsonPath("$.url").isString());
    }

    @Nested
    class WechatErrors {

        @Test
        void customMessageOutsideTheFortyEightHourWindowIs45015() throws Exception {
            SimulatorData.Reader reader = follower("阿娟");
            readers.lastInteractedAt(
                    reader.id, Instant.now().minus(Duration.ofHours(49)).toEpochMilli());

            mvc.perform(post(API + "message/custom/send")
                            .param("access_token", token())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(customText(reader.openid, "你好")))
                    .andExpect(jsonPath("$.errcode").value(45015));
            assertThat(readers.chat(reader.id))
                    .noneSatisfy(e -> assertThat(e.via).isEqualTo("custom"));
        }

        @Test
        void customMessageWithinTheWindowIsDelivered() throws Exception {
            SimulatorData.Reader reader = follower("阿琴");
            readers.lastInteractedAt(
                    reader.id, Instant.now().minus(Duration.ofHours(47)).toEpochMilli());

            mvc.perform(post(API + "message/custom/send")
                            .param("access_token", token())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(customText(reader.openid, "你好")))
                    .andExpect(jsonPath("$.errcode").value(0));
        }

        @Test
        void wrongAccessTokenIs40001AndMissingIs41001() throws Exception {
            mvc.perform(post(API + "menu/create")
                            .param("access_token", "not-a-token")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"button\":[{\"type\":\"click\",\"name\":\"a\",\"key\":\"a\"}]}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.errcode").value(40001));
            mvc.perform(get(API + "menu/get")).andExpect(jsonPath("$.errcode").value(41001));
        }

        @Test
        void wrongSecretIs40125() throws Exception {
            mvc.perform(post(API + "stable_token")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"grant_type\":\"client_credential\",\"appid\":\"" + account.appid()
                                    + "\",\"secret\":\"wrong\"}"))
                    .andExpect(jsonPath("$.errcode").value(40125));
        }

        @Test
        void menuWithFourButtonsIs40016() throws Exception {
            String button = "{\"type\":\"click\",\"name\":\"a\",\"key\":\"a\"}";
            mvc.perform(post(API + "menu/create")
                            .param("access_token", token())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"button\":[" + String.join(",", button, button, button, button) + "]}"))
                    .andExpect(jsonPath("$.errcode").value(40016));
        }

        @Test
        void unknownMediaIsATextPlain40007() throws Exception {
            mvc.perform(get(API + "media/get").param("access_token", token()).param("media_id", "nope"))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                    .andExpect(jsonPath("$.errcode").value(40007));
        }

        @Test
        void submitOfAnUnknownDraftIs40007() throws Exception {
            mvc.perform(post(API + "freepublish/submit")
                            .param("access_token", token())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"media_id\":\"unknown\"}"))
                    .andExpect(jsonPath("$.errcode").value(40007));
        }

        @Test
        void bodyThatIsNotJsonIs47001() throws Exception {
            mvc.perform(post(API + "draft/add")
                            .param("access_token", token())
                            .contentType(MediaType.TEXT_PLAIN)
                            .content("<xml/>"))
                    .andExpect(jsonPath("$.errcode").value(47001));
        }
    }
}
