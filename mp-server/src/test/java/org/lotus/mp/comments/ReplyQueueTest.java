package org.lotus.mp.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.portal.Pushes;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.WechatFake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Replies typed while WeChat is away are kept, queued, and sent exactly once when WeChat answers again. */
class ReplyQueueTest extends PortalTest {

    static final Pushes PUSHES = new Pushes(APPID, TOKEN, AES_KEY);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QueuedReplySender sender;

    @AfterEach
    void wechatBack() {
        WechatFake.shared().reachable();
    }

    String receive(String openid, String text) throws Exception {
        long msgId = Pushes.nextMsgId();
        mvc.perform(PUSHES.encrypted(Pushes.text(openid, msgId, text))).andExpect(status().isOk());
        return jdbc.queryForObject(
                "SELECT reader_pseudonym FROM reader_message WHERE wx_msg_id = ?", String.class, msgId);
    }

    org.springframework.test.web.servlet.ResultActions reply(String pseudonym, String text, boolean queue)
            throws Exception {
        return mvc.perform(post("/api/conversations/" + pseudonym.substring(0, 12) + "/replies")
                .with(user("mediatrice").roles("MODERATOR"))
                .header("Accept-Language", "zh")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"" + text + "\",\"queue\":" + queue + "}"));
    }

    long sentWith(String text) {
        return WechatFake.shared().deliveredCustomMessages().stream()
                .filter(body -> body.contains(text))
                .count();
    }

    @Test
    void queuedReplyIsSentExactlyOnceWhenWechatAnswersAgain() throws Exception {
        String pseudonym =
                receive("o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27), "在吗？");
        String text = "在的，周四见。" + UUID.randomUUID().toString().substring(0, 8);
        WechatFake.shared().unreachable();

        reply(pseudonym, text, false)
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.message").value(containsString("微信没有响应")));
        reply(pseudonym, text, true)
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("queued"));
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> jdbc.queryForObject(
                                "SELECT attempts FROM staff_reply WHERE reader_pseudonym = ?",
                                Integer.class,
                                pseudonym),
                        attempts -> attempts >= 2);
        assertThat(sentWith(text)).isZero();

        WechatFake.shared().reachable();
        jdbc.update(
                "UPDATE staff_reply SET next_attempt_at = ? WHERE reader_pseudonym = ? AND status = 'QUEUED'",
                LocalDateTime.now(ZoneOffset.UTC),
                pseudonym);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> racers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                racers.add(sender::sendDue);
            }
            pool.invokeAll(racers);
        } finally {
            pool.shutdown();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> sentWith(text) == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> sentWith(text) == 1);
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM staff_reply WHERE reader_pseudonym = ?", String.class, pseudonym))
                .isEqualTo("SENT");
    }

    @Nested
    class WhenTheWindowClosesWhileQueued {

        @Test
        void theReplyIsNotSentAndMarkedExpired() throws Exception {
            String pseudonym =
                    receive("o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27), "你好");
            String text = "过期的回复" + UUID.randomUUID().toString().substring(0, 8);
            WechatFake.shared().unreachable();
            reply(pseudonym, text, true).andExpect(status().isAccepted());
            jdbc.update(
                    "UPDATE reader SET last_message_at = ? WHERE pseudonym = ?",
                    LocalDateTime.now(ZoneOffset.UTC).minusHours(49),
                    pseudonym);
            WechatFake.shared().reachable();

            await().atMost(Duration.ofSeconds(10))
                    .until(
                            () -> jdbc.queryForObject(
                                    "SELECT status FROM staff_reply WHERE reader_pseudonym = ?",
                                    String.class,
                                    pseudonym),
                            "EXPIRED"::equals);
            assertThat(sentWith(text)).isZero();
        }

        @Test
        void aSendWhoseAnswerWasLostIsNeverRepeated() throws Exception {
            String pseudonym =
                    receive("o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27), "你好");
            String text = "可能收到" + UUID.randomUUID().toString().substring(0, 8);
            WechatFake.shared().dropsCustomMessagesAfterReceiving();
            reply(pseudonym, text, true)
                    .andExpect(status().isBadGateway())
                    .andExpect(jsonPath("$.message").value(containsString("可能已经收到")));
            WechatFake.shared().reachable();
            assertThat(jdbc.queryForObject(
                            "SELECT status FROM staff_reply WHERE reader_pseudonym = ?", String.class, pseudonym))
                    .isEqualTo("UNCERTAIN");
            sender.sendDue();
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> sentWith(text) == 0);
        }

        @Test
        void aRefusalIsExplainedByItsErrcode() throws Exception {
            String pseudonym =
                    receive("o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27), "你好");
            WechatFake.shared().refuseCustomMessages(45015, "response out of time limit");
            reply(pseudonym, "你好", false)
                    .andExpect(status().isBadGateway())
                    .andExpect(jsonPath("$.errcode").value(45015))
                    .andExpect(jsonPath("$.message").value(containsString("48 小时")));
        }
    }
}
