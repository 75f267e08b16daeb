package org.lotus.mp.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.DemoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The simulator's JSON API: readers follow, write, record, tap and scan through the real portal. */
class SimulatorApiTest extends DemoTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long createReader(String name) throws Exception {
        String body = mvc.perform(post("/api/simulator/readers")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    String send(long reader, String json) throws Exception {
        return mvc.perform(post("/api/simulator/readers/" + reader + "/send")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    long followingReader(String name) throws Exception {
        long reader = createReader(name);
        send(reader, "{\"type\":\"subscribe\"}");
        return reader;
    }

    @Test
    void followGetsTheWelcomeDecryptedFromThePortalsEncryptedReply() throws Exception {
        long reader = createReader("阿芳");
        String replies = send(reader, "{\"type\":\"subscribe\"}");

        assertThat(JsonPath.<String>read(replies, "$.replies[0].type")).isEqualTo("text");
        assertThat(JsonPath.<String>read(replies, "$.replies[0].text")).contains("欢迎关注");
    }

    @Test
    void textReachesTheStaffInboxAndTheChatShowsBothWays() throws Exception {
        long reader = followingReader("小梅");
        String replies = send(reader, "{\"type\":\"text\",\"text\":\"请问周四你们开门吗\"}");

        assertThat(JsonPath.<String>read(replies, "$.replies[0].text")).contains("收到你的留言");
        mvc.perform(get("/api/comments").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(jsonPath("$[0].text").value("请问周四你们开门吗"));
        mvc.perform(get("/api/simulator/readers/" + reader + "/chat").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(jsonPath("$[0].type").value("subscribe"))
                .andExpect(jsonPath("$[2].from").value("reader"))
                .andExpect(jsonPath("$[2].text").value("请问周四你们开门吗"))
                .andExpect(jsonPath("$[3].from").value("account"))
                .andExpect(jsonPath("$[3].via").value("passive"));
    }

    @Test
    void voiceIsConvertedAndFetchedByTheServerThroughMediaGet() throws Exception {
        long reader = followingReader("阿兰");
        String file = Base64.getEncoder().encodeToString(DemoAudio.oneSecondWav());
        String replies = send(reader, "{\"type\":\"voice\",\"file\":\"" + file + "\"}");

        assertThat(JsonPath.<String>read(replies, "$.replies[0].text")).contains("收到你的语音");
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.queryForList(
                                "SELECT media_status FROM reader_message WHERE kind = 'voice'", String.class),
                        statuses -> statuses.contains("STORED"));
    }

    @Test
    void imageIsStoredAndFetched() throws Exception {
        long reader = followingReader("阿红");
        String file = Base64.getEncoder().encodeToString(DemoAudio.png());
        String replies = send(reader, "{\"type\":\"image\",\"file\":\"data:image/png;base64," + file + "\"}");

        assertThat(JsonPath.<String>read(replies, "$.replies[0].text")).contains("收到你的图片");
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.queryForList(
                                "SELECT media_status FROM reader_message WHERE kind = 'image'", String.class),
                        statuses -> statuses.contains("STORED"));
    }

    @Test
    void seededMenuIsPublishedAndEveryClickGetsItsSectionReply() throws Exception {
        long reader = followingReader("阿珍");
        await().atMost(Duration.ofSeconds(60)).until(() -> !menuKeys().isEmpty());
        for (String key : menuKeys()) {
            String replies = send(reader, "{\"type\":\"click\",\"key\":\"" + key + "\"}");
            assertThat(JsonPath.<List<Object>>read(replies, "$.replies"))
                    .as(key)
                    .hasSize(1);
        }
    }

    @Test
    void seededArticlesArePublishedOnWechatThroughPublishJobFinish() throws Exception {
        await().atMost(Duration.ofSeconds(90))
                .until(() ->
                        jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE status = 'PUBLISHED'", Integer.class)
                                >= 16);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM article WHERE status IN ('NEEDS_REVIEW', 'FAILED')", Integer.class))
                .isZero();
        String publications = mvc.perform(get("/api/simulator/publications").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<String>>read(publications, "$[*].status")).contains("published");
        assertThat(JsonPath.<List<String>>read(publications, "$[*].title")).contains("我们是谁");
        assertThat(JsonPath.<List<String>>read(publications, "$[*].html").toString())
                .doesNotContain("安全套");
    }

    @Test
    void sectionTapGetsTheSeededChineseArticle() throws Exception {
        long reader = followingReader("阿燕");
        await().atMost(Duration.ofSeconds(90))
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM article WHERE status = 'PUBLISHED' AND language = 'zh'",
                                Integer.class)
                        >= 8);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            String replies = send(reader, "{\"type\":\"click\",\"key\":\"insurance\"}");
            assertThat(JsonPath.<String>read(replies, "$.replies[0].type")).isEqualTo("news");
            assertThat(JsonPath.<String>read(replies, "$.replies[0].title")).isEqualTo("医保怎么办：AME 和 PUMa 一步一步来");
        });
    }

    @Test
    void readersCanBeRenamedAndListed() throws Exception {
        long reader = createReader("旧名字");
        mvc.perform(patch("/api/simulator/readers/" + reader)
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"新名字\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("新名字"));
        mvc.perform(get("/api/simulator/readers").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(jsonPath("$[?(@.id == " + reader + ")].name").value("新名字"));
    }

    List<String> menuKeys() throws Exception {
        String menu = mvc.perform(get("/api/simulator/menu").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return JsonPath.read(menu, "$..key");
    }

    @Nested
    class Refusals {

        @Test
        void unknownReaderIs404() throws Exception {
            mvc.perform(post("/api/simulator/readers/999999/send")
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"type\":\"text\",\"text\":\"你好\"}"))
                    .andExpect(status().isNotFound());
        }

        @Test
        void unknownTypeNamesTheField() throws Exception {
            long reader = followingReader("阿青");
            mvc.perform(post("/api/simulator/readers/" + reader + "/send")
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"type\":\"fax\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("type"));
        }

        @Test
        void textWithoutTextNamesTheField() throws Exception {
            long reader = followingReader("阿秀");
            mvc.perform(post("/api/simulator/readers/" + reader + "/send")
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"type\":\"text\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("text"));
        }

        @Test
        void readerWhoDoesNotFollowCannotWrite() throws Exception {
            long reader = createReader("路人");
            mvc.perform(post("/api/simulator/readers/" + reader + "/send")
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"type\":\"text\",\"text\":\"你好\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("type"));
        }

        @Test
        void emptyNameIsRefused() throws Exception {
            mvc.perform(post("/api/simulator/readers")
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\" \"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("name"));
        }

        @Test
        void withoutCredentialsIs401() throws Exception {
            mvc.perform(get("/api/simulator/menu")).andExpect(status().isUnauthorized());
        }
    }
}
