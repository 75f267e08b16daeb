package org.lotus.mp.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lotus.mp.replies.AutomaticReplies;
import org.lotus.mp.replies.KeywordAnswered;
import org.lotus.mp.replies.ReplyKey;
import org.lotus.mp.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** What readers get from the stored automatic replies, keyword answers and section texts, as WeChat delivers it. */
@Import(ReaderTextsPortalTest.Counting.class)
class ReaderTextsPortalTest extends PortalTest {

    static final Pushes PUSHES = new Pushes(APPID, TOKEN, AES_KEY);
    static final JsonMapper JSON = JsonMapper.shared();

    /** Stands for the statistics feature: counts keyword answers by rule. */
    static class CountedAnswers {
        final List<Long> answered = new CopyOnWriteArrayList<>();

        @EventListener
        void on(KeywordAnswered event) {
            answered.add(event.answerId());
        }
    }

    @TestConfiguration
    static class Counting {
        @Bean
        CountedAnswers countedAnswers() {
            return new CountedAnswers();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AutomaticReplies replies;

    @Autowired
    CountedAnswers counted;

    @AfterEach
    void restoreTheWelcome() {
        replies.save(ReplyKey.WELCOME, ReplyKey.WELCOME.seedText(), ReplyKey.WELCOME.seedTextFr(), null);
    }

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

    String editorPut(String path, Map<String, ?> body) throws Exception {
        return mvc.perform(put(path)
                        .with(user("mediatrice").roles("EDITOR"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(body)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void welcomesWithTheEditedWelcomeRewrittenWithTheLexicon() throws Exception {
        String saved =
                editorPut("/api/replies/welcome", Map.of("text", "欢迎！我们免费发安全套，有问题请留言。", "textFr", "Bienvenue !"));

        PushXml.Document reply = push(Pushes.event(reader(), Pushes.now(), "subscribe", ""));

        assertThat(saved).contains("工具", "\"from\":\"安全套\"");
        assertThat(reply.get("Content")).isEqualTo("欢迎！我们免费发工具，有问题请留言。");
    }

    @Test
    void answersTheQuestionOfCostWithTheSeededFreeServicesAnswerAndKeepsTheMessage() throws Exception {
        long msgId = Pushes.nextMsgId();
        long answersBefore = counted.answered.size();

        PushXml.Document reply = push(Pushes.text(reader(), msgId, "服务要收费吗？"));

        assertThat(reply.get("Content")).contains("所有的服务都是免费的").doesNotContain("收到你的留言");
        assertThat(jdbc.queryForObject(
                        "SELECT text_content FROM reader_message WHERE wx_msg_id = ?", String.class, msgId))
                .isEqualTo("服务要收费吗？");
        assertThat(counted.answered).hasSize((int) answersBefore + 1);
        long rule = counted.answered.get(counted.answered.size() - 1);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(
                        () -> jdbc.queryForObject(
                                "SELECT COALESCE(SUM(n), 0) FROM daily_count WHERE metric = 'keywordAnswers' AND item = ?",
                                Long.class,
                                Long.toString(rule)),
                        n -> n >= 1);
    }

    @Test
    void matchesKeywordsWrittenInTraditionalCharactersAndFullWidthLetters() throws Exception {
        assertThat(push(Pushes.text(reader(), Pushes.nextMsgId(), "服務要收費嗎")).get("Content"))
                .contains("免费");
        assertThat(push(Pushes.text(reader(), Pushes.nextMsgId(), "ＴＰＥ有用吗")).get("Content"))
                .contains("48小时");
    }

    @Test
    void answersDangerWithTheUrgentReplyEvenWhenAKeywordMatches() throws Exception {
        PushXml.Document reply = push(Pushes.text(reader(), Pushes.nextMsgId(), "救命，警察在门口，要收费吗"));

        assertThat(reply.get("Content")).contains("17", "15", "112").doesNotContain("所有的服务都是免费的");
    }

    @Test
    void answersThePrivacyRequestRatherThanAKeyword() throws Exception {
        PushXml.Document reply = push(Pushes.text(reader(), Pushes.nextMsgId(), "隐私"));

        assertThat(reply.get("Content")).contains("【你的隐私】");
    }

    @Test
    void givesTheLongestKeywordsAnswer() throws Exception {
        long shortRule = create(Map.of("keywords", List.of("周四"), "match", "contains", "text", "周四有接待。"));
        long longRule = create(Map.of("keywords", List.of("周四检测时间"), "match", "contains", "text", "周四下午两点检测。"));
        try {
            assertThat(push(Pushes.text(reader(), Pushes.nextMsgId(), "请问周四检测时间是几点"))
                            .get("Content"))
                    .isEqualTo("周四下午两点检测。");
            assertThat(push(Pushes.text(reader(), Pushes.nextMsgId(), "周四你们在吗")).get("Content"))
                    .isEqualTo("周四有接待。");
        } finally {
            delete(shortRule);
            delete(longRule);
        }
    }

    @Test
    void answersAnExactKeywordOnlyWhenItIsTheWholeMessage() throws Exception {
        long rule = create(Map.of("keywords", List.of("你好"), "match", "exact", "text", "你好！有什么可以帮你？"));
        try {
            assertThat(push(Pushes.text(reader(), Pushes.nextMsgId(), "你好！")).get("Content"))
                    .isEqualTo("你好！有什么可以帮你？");
            assertThat(push(Pushes.text(reader(), Pushes.nextMsgId(), "你好，我想问房租的事"))
                            .get("Content"))
                    .contains("收到你的留言");
        } finally {
            delete(rule);
        }
    }

    @Test
    void answersAKeywordWithASectionsReply() throws Exception {
        long rule = create(Map.of("keywords", List.of("防身课"), "section", "self-defence"));
        try {
            assertThat(push(Pushes.text(reader(), Pushes.nextMsgId(), "有防身课吗")).get("Content"))
                    .isEqualTo(push(Pushes.event(reader(), Pushes.now(), "CLICK", "self-defence"))
                            .get("Content"));
        } finally {
            delete(rule);
        }
    }

    @Test
    void answersAKeywordWithAPublishedArticleAsANewsItem() throws Exception {
        java.sql.Timestamp now = java.sql.Timestamp.valueOf(java.time.LocalDateTime.now());
        jdbc.update(
                "INSERT INTO article (title, author, digest, body, section_key, language, status, published_title,"
                        + " published_digest, published_body, published_at, revision, created_at, updated_at)"
                        + " VALUES ('房租', 'Lotus', '摘要', '<p>正文</p>', 'rights', 'zh', 'PUBLISHED', '租房的权利',"
                        + " '房东不能随便赶你走', '<p>正文</p>', ?, 1, ?, ?)",
                now,
                now,
                now);
        long article = jdbc.queryForObject("SELECT MAX(id) FROM article", Long.class);
        long rule = create(Map.of("keywords", List.of("房东赶我走"), "articleId", article));
        try {
            PushXml.Document reply = push(Pushes.text(reader(), Pushes.nextMsgId(), "房东赶我走怎么办"));

            assertThat(reply.get("MsgType")).isEqualTo("news");
            assertThat(reply.get("Articles/item/Title")).isEqualTo("租房的权利");
            assertThat(reply.get("Articles/item/Url")).endsWith("/m/articles/" + article);
        } finally {
            delete(rule);
        }
    }

    @Test
    void answersATapOnAPageSectionWithALinkToItsPage() throws Exception {
        PushXml.Document reply = push(Pushes.event(reader(), Pushes.now(), "CLICK", "partners"));

        assertThat(reply.get("MsgType")).isEqualTo("news");
        assertThat(reply.get("Articles/item/Url")).endsWith("/m/sections/partners");
        assertThat(reply.get("Articles/item/Title")).isEqualTo("合作机构");
    }

    @Test
    void servesASectionTextWithTheEmergencyTreatmentWordRewritten() throws Exception {
        String before =
                jdbc.queryForObject("SELECT reply_text FROM section WHERE section_key = 'emergency'", String.class);
        try {
            jdbc.update("UPDATE section SET reply_text = ? WHERE section_key = 'emergency'", "48小时内吃阻断药。");
            editorPut(
                    "/api/sections/emergency",
                    Map.of("name", "紧急阻断", "replyKind", "text", "replyText", "48小时内吃阻断药，越早越好。"));

            PushXml.Document reply = push(Pushes.event(reader(), Pushes.now(), "CLICK", "emergency"));

            assertThat(reply.get("Content")).isEqualTo("48小时内吃保护药，越早越好。");
        } finally {
            jdbc.update("UPDATE section SET reply_text = ? WHERE section_key = 'emergency'", before);
        }
    }

    long create(Map<String, ?> body) throws Exception {
        String created = mvc.perform(post("/api/auto-replies")
                        .with(user("mediatrice").roles("EDITOR"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(body)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(created).get("id").asLong();
    }

    void delete(long id) throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                "/api/auto-replies/" + id)
                        .with(user("mediatrice").roles("EDITOR")))
                .andExpect(status().isNoContent());
    }
}
