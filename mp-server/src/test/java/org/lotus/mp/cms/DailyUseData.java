package org.lotus.mp.cms;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.lotus.mp.portal.Pushes;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.WechatFake;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Real data for the CMS browser tests: readers' messages of every kind, articles, announcements, partners. */
final class DailyUseData {

    static final Pushes PUSHES = new Pushes(PortalTest.APPID, PortalTest.TOKEN, PortalTest.AES_KEY);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;

    DailyUseData(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    static String openid() {
        return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
    }

    /** A reader who sends these texts; returns her short pseudonym. */
    String reader(String openid, String... texts) throws Exception {
        long msgId = 0;
        for (String text : texts) {
            msgId = Pushes.nextMsgId();
            mvc.perform(PUSHES.encrypted(Pushes.text(openid, msgId, text))).andExpect(status().isOk());
        }
        return shortPseudonym(msgId);
    }

    /** A voice message WeChat can hand over, with its transcription. */
    String voice(String openid, String transcription) throws Exception {
        long msgId = Pushes.nextMsgId();
        String mediaId = "daily-voice-" + msgId;
        WechatFake.shared()
                .givenMedia(mediaId, mediaId + ".amr", "audio/amr", org.lotus.mp.portal.AmrSamples.oneSecond());
        mvc.perform(PUSHES.encrypted(Pushes.voice(openid, msgId, mediaId, transcription)))
                .andExpect(status().isOk());
        return shortPseudonym(msgId);
    }

    /** A photo WeChat does not hand over (yet): the card says it is being fetched and retried. */
    long pendingImage(String openid) throws Exception {
        long msgId = Pushes.nextMsgId();
        mvc.perform(PUSHES.encrypted(Pushes.image(openid, msgId, "daily-missing-" + msgId)))
                .andExpect(status().isOk());
        long id = jdbc.queryForObject("SELECT id FROM reader_message WHERE wx_msg_id = ?", Long.class, msgId);
        // The download tried right after the reply must be over first, or its answer overwrites the state set here.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM reader_message WHERE id = ? AND (media_attempts > 0 OR media_status <> 'PENDING')",
                                Long.class,
                                id)
                        == 1);
        // As if WeChat had failed twice already and the next try were a few minutes away.
        jdbc.update(
                "UPDATE reader_message SET media_status = 'PENDING', media_attempts = 2,"
                        + " media_next_attempt_at = ? WHERE id = ?",
                java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(5),
                id);
        return id;
    }

    long article(String title, String section, String body) throws Exception {
        String answer = mvc.perform(post("/api/articles")
                        .with(user(PortalTest.ADMIN).roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(java.util.Map.of(
                                "title", title,
                                "author", "Lotus",
                                "digest", title,
                                "body", body,
                                "section", section,
                                "language", "zh"))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JSON.readTree(answer).get("id").asLong();
    }

    void schedule(long article, Instant at) throws Exception {
        mvc.perform(post("/api/articles/" + article + "/schedule")
                        .with(user(PortalTest.ADMIN).roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"publishAt\":\"" + at + "\"}"))
                .andExpect(status().is2xxSuccessful());
    }

    /** An article WeChat kept failing: PUBLISHING, its job waiting for attempt {@code failures + 1}. */
    void stuckInPublishing(long article, int failures, SchedulerClient scheduler) {
        jdbc.update("UPDATE article SET status = 'PUBLISHING', publish_step = 'PREPARING' WHERE id = ?", article);
        scheduler.scheduleIfNotExists(
                new TaskInstance<Void>("publish-content", "article:" + article),
                Instant.now().plus(Duration.ofHours(1)));
        jdbc.update(
                "UPDATE scheduled_tasks SET consecutive_failures = ?, execution_time = ? WHERE task_instance = ?",
                failures,
                java.sql.Timestamp.from(Instant.now().plus(Duration.ofMinutes(7))),
                "article:" + article);
    }

    void announcement(String title, String body, LocalDate eventDate) throws Exception {
        mvc.perform(post("/api/announcements")
                        .with(user(PortalTest.ADMIN).roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(java.util.Map.of(
                                "title",
                                title,
                                "body",
                                body,
                                "validFrom",
                                Instant.now().toString(),
                                "validUntil",
                                Instant.now().plus(Duration.ofDays(10)).toString(),
                                "eventDate",
                                eventDate.toString(),
                                "place",
                                "Belleville"))))
                .andExpect(status().isCreated());
    }

    void partner(String name, String services, String contact) throws Exception {
        mvc.perform(post("/api/partners")
                        .with(user(PortalTest.ADMIN).roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(java.util.Map.of(
                                "name", name, "services", services, "contact", contact, "languages", "中文、法语"))))
                .andExpect(status().isCreated());
    }

    /** A term WeChat blocks, with no euphemism: replies holding it are refused. */
    void blockedTerm(String term) throws Exception {
        mvc.perform(post("/api/lexicon")
                        .with(user(PortalTest.ADMIN).roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(java.util.Map.of(
                                "term", term, "replacement", "", "language", "zh", "category", "violence"))))
                .andExpect(status().is2xxSuccessful());
    }

    private String shortPseudonym(long msgId) {
        return jdbc.queryForObject(
                        "SELECT reader_pseudonym FROM reader_message WHERE wx_msg_id = ?", String.class, msgId)
                .substring(0, 12);
    }
}
