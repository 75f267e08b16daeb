package org.lotus.mp.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.comments.ReaderMessage;
import org.lotus.mp.comments.ReaderMessages;
import org.lotus.mp.portal.Pushes;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.PublishedContent;
import org.lotus.mp.support.WechatFake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat pushes counted for the statistics, once per push whatever WeChat retries, and read back through
 * {@code /api/stats}: follows and scans per channel, menu taps, keyword answers, messages by kind, urgent ones,
 * first answers, article reads.
 */
class StatsCountingTest extends PortalTest {

    static final Pushes PUSHES = new Pushes(APPID, TOKEN, AES_KEY);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DailyCounts counts;

    @Autowired
    ReaderMessages messages;

    static String reader() {
        return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
    }

    JsonNode totals() throws Exception {
        LocalDate today = counts.today();
        String body = mvc.perform(get("/api/stats")
                        .queryParam("from", today.minusDays(1).toString())
                        .queryParam("to", today.plusDays(1).toString())
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.shared().readTree(body).path("totals");
    }

    long channel(JsonNode totals, long id, String field) {
        for (JsonNode channel : totals.path("channels")) {
            if (channel.path("id").asLong() == id) {
                return channel.path(field).asLong();
            }
        }
        throw new AssertionError("channel " + id + " missing");
    }

    JsonNode newChannel(String name) throws Exception {
        WechatFake.shared().givenQrCodeUrl("http://weixin.qq.com/q/" + UUID.randomUUID());
        String body = mvc.perform(post("/api/channels")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.shared().readTree(body);
    }

    void deliver(String xml) throws Exception {
        mvc.perform(PUSHES.encrypted(xml)).andExpect(status().isOk());
    }

    @Test
    void countsAFollowThroughAChannelsCodeOncePerPushWhateverWechatRetries() throws Exception {
        JsonNode channel = newChannel("Bus Belleville");
        long id = channel.path("id").asLong();
        JsonNode before = totals();
        String xml = Pushes.event(
                reader(),
                Pushes.now(),
                "subscribe",
                "qrscene_" + channel.path("sceneStr").asString());
        Pushes.EncryptedPush push = PUSHES.prepare(xml);

        mvc.perform(PUSHES.send(push)).andExpect(status().isOk());
        mvc.perform(PUSHES.send(push)).andExpect(status().isOk());
        deliver(xml);

        JsonNode after = totals();
        assertThat(after.path("follows").asLong())
                .isEqualTo(before.path("follows").asLong() + 1);
        assertThat(channel(after, id, "follows")).isEqualTo(1);
        assertThat(channel(after, id, "scans")).isZero();
    }

    @Test
    void countsScansByFollowersPerChannelOncePerPush() throws Exception {
        JsonNode channel = newChannel("Flyer santé 2027");
        long id = channel.path("id").asLong();
        String scene = channel.path("sceneStr").asString();
        String first = Pushes.event(reader(), Pushes.now(), "SCAN", scene);

        deliver(first);
        deliver(first);
        deliver(Pushes.event(reader(), Pushes.now(), "SCAN", scene));

        assertThat(channel(totals(), id, "scans")).isEqualTo(2);
        assertThat(channel(totals(), id, "follows")).isZero();
    }

    @Test
    void countsAFollowWithoutACodeAndIgnoresCodesThatAreNotOurs() throws Exception {
        JsonNode channel = newChannel("Carte de visite");
        long id = channel.path("id").asLong();
        JsonNode before = totals();

        deliver(Pushes.event(reader(), Pushes.now(), "subscribe", ""));
        deliver(Pushes.event(reader(), Pushes.now(), "subscribe", "qrscene_someone-elses-code"));
        deliver(Pushes.event(reader(), Pushes.now(), "SCAN", "someone-elses-code"));

        JsonNode after = totals();
        assertThat(after.path("follows").asLong())
                .isEqualTo(before.path("follows").asLong() + 2);
        assertThat(channel(after, id, "follows")).isZero();
        assertThat(channel(after, id, "scans")).isZero();
    }

    @Test
    void countsMenuTapsBySectionOncePerPush() throws Exception {
        long before = totals().path("menuTaps").path("emergency").asLong();
        String tap = Pushes.event(reader(), Pushes.now(), "CLICK", "emergency");

        deliver(tap);
        deliver(tap);
        deliver(Pushes.event(reader(), Pushes.now(), "CLICK", "emergency"));

        assertThat(totals().path("menuTaps").path("emergency").asLong()).isEqualTo(before + 2);
    }

    @Test
    void countsKeywordAnswersByRuleThroughThePublicCounter() throws Exception {
        long before = totals().path("keywordAnswers").path("41").asLong();

        counts.increment(Metric.KEYWORD_ANSWERS, "41");
        counts.incrementSoon(Metric.KEYWORD_ANSWERS, "41");

        assertThat(totals().path("keywordAnswers").path("41").asLong()).isEqualTo(before + 2);
    }

    @Test
    void countsMessagesByKindAndUrgentOnesOnceEach() throws Exception {
        JsonNode before = totals();
        long textId = Pushes.nextMsgId();
        String text = Pushes.text(reader(), textId, "请问周四几点检测");

        deliver(text);
        deliver(text);
        deliver(Pushes.text(reader(), Pushes.nextMsgId(), "救命，有人打我"));
        deliver(Pushes.voice(reader(), Pushes.nextMsgId(), "v-" + UUID.randomUUID(), "你好"));

        JsonNode after = totals();
        assertThat(after.path("messages").path("text").asLong())
                .isEqualTo(before.path("messages").path("text").asLong() + 2);
        assertThat(after.path("messages").path("voice").asLong())
                .isEqualTo(before.path("messages").path("voice").asLong() + 1);
        assertThat(after.path("urgent").asLong())
                .isEqualTo(before.path("urgent").asLong() + 1);
    }

    @Test
    void countsTheTimeToAFirstAnswerInBucketsAndKeepsItAfterThePurge() throws Exception {
        long msgId = Pushes.nextMsgId();
        deliver(Pushes.text(reader(), msgId, "我想约陪同看病"));
        ReaderMessage message = messages.latest(0, 50).stream()
                .filter(m -> java.math.BigInteger.valueOf(msgId).equals(m.getWxMsgId()))
                .findFirst()
                .orElseThrow();
        long answeredBefore = totals().path("answered").asLong();

        messages.markReplied(message, ADMIN, message.getReceivedAt().plusMinutes(12));
        messages.markReplied(message, ADMIN, message.getReceivedAt().plusMinutes(50));
        jdbc.update("DELETE FROM reader_message WHERE wx_msg_id = ?", msgId);

        JsonNode after = totals();
        assertThat(after.path("answered").asLong()).isEqualTo(answeredBefore + 1);
        assertThat(after.path("firstAnswerMinutes").path("median").isNull()).isFalse();
    }

    @Test
    void countsReadsOfOurArticlePagesWithoutACookie() throws Exception {
        long article = PublishedContent.article(jdbc, "免费检测", "health");

        mvc.perform(get("/m/articles/" + article)).andExpect(status().isOk());
        var read = mvc.perform(get("/m/articles/" + article))
                .andExpect(status().isOk())
                .andReturn();
        mvc.perform(get("/m/articles/99999999")).andExpect(status().isNotFound());

        assertThat(read.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(totals().path("articleReads").path(Long.toString(article)).asLong())
                .isEqualTo(2);
        assertThat(totals().path("articleReads").has("99999999")).isFalse();
    }

    @Test
    void exportsOneCsvRowPerDay() throws Exception {
        LocalDate today = counts.today();
        String csv = mvc.perform(get("/api/stats.csv")
                        .queryParam("from", today.minusDays(6).toString())
                        .queryParam("to", today.toString())
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(8);
        assertThat(lines[0]).startsWith("date,follows,unfollows,urgent,answered,");
        assertThat(lines[7]).startsWith(today + ",");
    }

    @Test
    void showsEveryDayOfTheRangeWithItsDate() throws Exception {
        mvc.perform(get("/api/stats")
                        .queryParam("from", "2026-01-01")
                        .queryParam("to", "2026-01-03")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days.length()").value(3))
                .andExpect(jsonPath("$.days[0].date").value("2026-01-01"))
                .andExpect(jsonPath("$.totals.firstAnswerMinutes.median").doesNotExist());
    }

    @Nested
    class Refusals {

        @Test
        void refusesAnUnreadableDate() throws Exception {
            mvc.perform(get("/api/stats").queryParam("from", "30/11/2026").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("from"));
        }

        @Test
        void refusesARangeThatEndsBeforeItStarts() throws Exception {
            mvc.perform(get("/api/stats")
                            .queryParam("from", "2026-11-30")
                            .queryParam("to", "2026-11-01")
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("to"));
        }

        @Test
        void asksForCredentials() throws Exception {
            mvc.perform(get("/api/stats")).andExpect(status().isUnauthorized());
        }
    }
}
