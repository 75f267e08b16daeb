package org.lotus.mp.pages;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.lotus.mp.comments.NewReaderMessage;
import org.lotus.mp.comments.ReaderMessages;
import org.lotus.mp.readers.Readers;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Content of every kind and state, made through the API as staff make it (articles published, scheduled, failed and
 * held for review; announcements current and future; a partner; reader messages of every kind, urgent and handled).
 * Returns the ids pages are opened with, by name: {@code {published}}, {@code {scheduled}}, and so on.
 */
final class RealData {

    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000);

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final ReaderMessages messages;
    private final Readers readers;
    private final Map<String, String> ids = new LinkedHashMap<>();

    RealData(MockMvc mvc, JdbcTemplate jdbc, ReaderMessages messages, Readers readers) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.messages = messages;
        this.readers = readers;
    }

    Map<String, String> create() throws Exception {
        articles();
        announcements();
        ids.put("partner", created("/api/partners", """
                {"name":"CeGIDD 示例中心","services":"免费匿名检测","address":"巴黎13区","hours":"周四 14:00-18:00",
                 "contact":"01 23 45 67 89","languages":"中文, français"}"""));
        send("/api/partners/" + ids.get("partner") + "/publish", "");
        readerMessages();
        return ids;
    }

    private void articles() throws Exception {
        created("/api/lexicon", """
                {"term":"禁用词示例","replacement":"","language":"zh","category":"violence"}""");
        ids.put("published", article("免费检测", "<p>每周四下午免费检测，带好安全套。</p>", "health"));
        ids.put("news", article("活动取消", "<p>本周五的活动取消。</p>", "news"));
        ids.put("scheduled", article("下周的讲座", "<p>下周讲座。</p>", "rights"));
        ids.put("failed", article("没发出去", "<p>这篇没有发出去。</p>", "health"));
        ids.put("review", article("待检查", "<p>这里有禁用词示例。</p>", "health"));
        ids.put("draft", article("草稿", "<p>还没写完。</p>", "about"));
        for (String key : new String[] {"published", "news", "review"}) {
            send("/api/articles/" + ids.get(key) + "/publish", "");
        }
        send(
                "/api/articles/" + ids.get("scheduled") + "/schedule",
                "{\"publishAt\":\"" + Instant.now().plus(2, ChronoUnit.DAYS) + "\"}");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> status("published").equals("PUBLISHED")
                        && status("news").equals("PUBLISHED")
                        && status("review").equals("NEEDS_REVIEW"));
        jdbc.update(
                "UPDATE article SET status = 'FAILED', status_reason = '45009 quota' WHERE id = ?",
                Long.parseLong(ids.get("failed")));
    }

    private void announcements() throws Exception {
        Instant now = Instant.now();
        ids.put(
                "currentAnnouncement",
                announcement("防身课", now.minus(1, ChronoUnit.HOURS), now.plus(7, ChronoUnit.DAYS)));
        ids.put("futureAnnouncement", announcement("新年聚会", now.plus(3, ChronoUnit.DAYS), now.plus(9, ChronoUnit.DAYS)));
        ids.put("draftAnnouncement", announcement("未发布", now, now.plus(1, ChronoUnit.DAYS)));
        for (String key : new String[] {"currentAnnouncement", "futureAnnouncement"}) {
            send("/api/announcements/" + ids.get(key) + "/publish", "");
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        jdbc.queryForObject("SELECT COUNT(*) FROM announcement WHERE status = 'PUBLISHED'", Long.class)
                                >= 2);
    }

    private String announcement(String title, Instant from, Instant until) throws Exception {
        return created("/api/announcements", """
                {"title":"%s","body":"欢迎姐妹们参加。","language":"zh","validFrom":"%s","validUntil":"%s",
                 "eventDate":"%s","eventTime":"14:30","place":"协会活动室","push":false}""".formatted(
                        title, from, until, LocalDate.now().plusDays(2)));
    }

    private void readerMessages() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String alice = readers.remember("o" + UUID.randomUUID(), now);
        String bea = readers.remember("o" + UUID.randomUUID(), now.minusDays(3));
        message(alice, "text", "我想问一下检测的时间", null, null, now);
        message(alice, "link", "一个链接\nhttps://example.org/x", null, null, now);
        message(bea, "text", "救命，客人打我", null, null, now.minusDays(3));
        message(alice, "voice", null, "语音里说的内容", "voice-media", now);
        message(bea, "voice", null, null, "voice-media-2", now.minusDays(3));
        message(alice, "image", null, null, "image-media", now);
        message(alice, "video", null, null, "video-media", now);
        jdbc.update("UPDATE reader_message SET media_status = 'STORED', media_file = 'x.mp3', media_type = 'audio/mpeg'"
                + " WHERE kind = 'voice' AND media_id = 'voice-media'");
        jdbc.update("UPDATE reader_message SET media_status = 'FAILED' WHERE media_id = 'video-media'");
        jdbc.update(
                "UPDATE reader_message SET handled_at = ?, handled_by = ? WHERE kind = 'link'",
                now,
                EmbeddedTest.ADMIN);
        ids.put(
                "message",
                jdbc.queryForObject("SELECT MAX(id) FROM reader_message", Long.class)
                        .toString());
    }

    private void message(
            String pseudonym, String kind, String text, String transcription, String mediaId, LocalDateTime at) {
        String format = switch (kind) {
            case "voice" -> "amr";
            case "image" -> "jpg";
            case "video" -> "mp4";
            default -> null;
        };
        messages.store(new NewReaderMessage(
                BigInteger.valueOf(MSG_IDS.incrementAndGet()),
                pseudonym,
                kind,
                text,
                transcription,
                mediaId,
                format,
                at));
    }

    private String article(String title, String body, String section) throws Exception {
        return created("/api/articles", """
                {"title":"%s","author":"Lotus","digest":"摘要","body":%s,"section":"%s","language":"zh"}""".formatted(title, JsonMapper.shared().writeValueAsString(body), section));
    }

    private String status(String key) throws Exception {
        String body = mvc.perform(get("/api/articles/" + ids.get(key))
                        .with(httpBasic(EmbeddedTest.ADMIN, EmbeddedTest.ADMIN_PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonMapper.shared().readTree(body).path("status").asString();
    }

    private String created(String path, String json) throws Exception {
        String body = send(path, json);
        return JsonMapper.shared().readTree(body).path("id").asString();
    }

    private String send(String path, String json) throws Exception {
        var request = post(path).with(httpBasic(EmbeddedTest.ADMIN, EmbeddedTest.ADMIN_PASSWORD));
        if (!json.isEmpty()) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        if (response.getStatus() >= 300) {
            throw new AssertionError(path + " answered " + response.getStatus() + ": " + response.getContentAsString());
        }
        return response.getContentAsString();
    }
}
