package org.lotus.mp.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.lexicon.CurrentLexicon;
import org.lotus.mp.support.PortalTest;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.RewriteResult;
import org.lotus.sensitivewords.TextFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Automatic replies, keyword answers, sections and the review list over the JSON API. */
class ReaderTextsApiTest extends PortalTest {

    static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CurrentLexicon lexicon;

    ResultActions editor(MockHttpServletRequestBuilder request, Object body) throws Exception {
        return mvc.perform(request.with(user("mediatrice").roles("EDITOR"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body)));
    }

    JsonNode json(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void listsEveryAutomaticReplyWithItsFrenchTranslationAndServedBytes() throws Exception {
        JsonNode replies =
                json(mvc.perform(get("/api/replies").with(user("mediatrice").roles("EDITOR")))
                        .andExpect(status().isOk()));

        assertThat(replies.findValuesAsString("key"))
                .containsExactly(
                        Arrays.stream(ReplyKey.values()).map(ReplyKey::key).toArray(String[]::new))
                .contains("welcome", "text-received", "urgent", "privacy", "erased", "erasure-failed");
        for (JsonNode reply : replies) {
            assertThat(reply.get("textFr").asString()).isNotBlank();
            assertThat(reply.get("bytes").asInt()).isBetween(1, 2048);
            assertThat(reply.has("audioId")).isTrue();
        }
    }

    @Test
    void storesTheUrgentReplyAsItIsServedWithTheTreatmentWordRewritten() throws Exception {
        mvc.perform(get("/api/replies/urgent").with(user("mediatrice").roles("EDITOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.served").value(org.hamcrest.Matchers.containsString("保护药")))
                .andExpect(jsonPath("$.text")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("阻断药"))));
    }

    @Test
    void seedsKeywordAnswersToTheQuestionsReadersAskThatPassTheLexiconUnchanged() throws Exception {
        JsonNode answers = json(
                mvc.perform(get("/api/auto-replies").with(user("mediatrice").roles("EDITOR")))
                        .andExpect(status().isOk()));

        List<String> keywords = answers.findValues("keywords").stream()
                .flatMap(k -> k.valueStream().map(JsonNode::asString))
                .toList();
        assertThat(keywords)
                .contains(
                        "收费", "要钱吗", "身份", "没有证件", "警察", "会不会告诉", "阻断药", "TPE", "体检", "检查", "地址", "在哪里", "电话", "医保",
                        "AME");
        for (SeededAnswers.Seed seed : SeededAnswers.ALL) {
            RewriteResult result = lexicon.rewrite(seed.text(), TextFormat.TEXT, Language.ZH);
            assertThat(result.findings()).isEmpty();
            assertThat(result.text()).isEqualTo(seed.text());
        }
    }

    @Test
    void savesASectionWithItsReplyKindAndShowsTheReplacements() throws Exception {
        String before =
                jdbc.queryForObject("SELECT reply_text FROM section WHERE section_key = 'history'", String.class);
        try {
            editor(
                            put("/api/sections/history"),
                            Map.of("name", "我们的历史", "replyKind", "page", "replyText", "我们陪伴姐妹，送安全套。"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.replyKind").value("page"))
                    .andExpect(jsonPath("$.replyText").value("我们陪伴姐妹，送工具。"))
                    .andExpect(jsonPath("$.replacements[0].from").value("安全套"));

            JsonNode sections = json(
                    mvc.perform(get("/api/sections").with(user("mediatrice").roles("EDITOR"))));
            assertThat(sections.findValuesAsString("key"))
                    .contains(
                            "news",
                            "rights",
                            "insurance",
                            "health",
                            "emergency",
                            "self-defence",
                            "about",
                            "history",
                            "partners",
                            "messages",
                            "privacy");
        } finally {
            jdbc.update(
                    "UPDATE section SET reply_text = ?, reply_kind = 'LATEST_ARTICLE', name_zh = '项目历史'"
                            + " WHERE section_key = 'history'",
                    before);
        }
    }

    @Test
    void listsTextsALexiconChangeAffectsAndAppliesTheRewrite() throws Exception {
        long answer = json(editor(post("/api/auto-replies"), Map.of("keywords", List.of("饼干"), "text", "每周四有蓝莓饼干。"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        String emergency =
                jdbc.queryForObject("SELECT reply_text FROM section WHERE section_key = 'emergency'", String.class);
        editor(put("/api/sections/emergency"), Map.of("name", "紧急阻断", "replyKind", "text", "replyText", "喝红茶菌没有用。"))
                .andExpect(status().isOk());
        long treat = addLexiconEntry("蓝莓饼干", "小点心");
        long blocked = addLexiconEntry("红茶菌", "");
        try {
            JsonNode review = json(
                    mvc.perform(get("/api/text-review").with(user("mediatrice").roles("EDITOR")))
                            .andExpect(status().isOk()));
            JsonNode answerItem = item(review, "keyword-answer", String.valueOf(answer));
            JsonNode sectionItem = item(review, "section", "emergency");
            assertThat(answerItem.get("fields").get(0).get("rewritten").asString())
                    .isEqualTo("每周四有小点心。");
            assertThat(sectionItem.get("blocked").asBoolean()).isTrue();
            assertThat(sectionItem
                            .get("fields")
                            .get(0)
                            .get("findings")
                            .get(0)
                            .get("term")
                            .asString())
                    .isEqualTo("红茶菌");

            mvc.perform(post("/api/text-review/keyword-answer/" + answer + "/apply")
                            .with(user("mediatrice").roles("EDITOR")))
                    .andExpect(status().isOk());
            mvc.perform(post("/api/text-review/section/emergency/apply")
                            .with(user("mediatrice").roles("EDITOR")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("replyText"))
                    .andExpect(jsonPath("$.findings[0].term").value("红茶菌"));

            mvc.perform(get("/api/auto-replies/" + answer)
                            .with(user("mediatrice").roles("EDITOR")))
                    .andExpect(jsonPath("$.text").value("每周四有小点心。"));
            JsonNode after = json(
                    mvc.perform(get("/api/text-review").with(user("mediatrice").roles("EDITOR"))));
            assertThat(after.findValuesAsString("id"))
                    .doesNotContain(String.valueOf(answer))
                    .contains("emergency");
        } finally {
            deleteLexiconEntry(treat);
            deleteLexiconEntry(blocked);
            jdbc.update("UPDATE section SET reply_text = ? WHERE section_key = 'emergency'", emergency);
            mvc.perform(delete("/api/auto-replies/" + answer)
                    .with(user("mediatrice").roles("EDITOR")));
        }
    }

    @Test
    void listsASafetyTextALexiconChangeAffectsAndKeepsItsPlaceholdersThroughTheRewrite() throws Exception {
        long verified = addLexiconEntry("核实过", "确认过");
        long month = addLexiconEntry("month", "月份");
        try {
            JsonNode review = json(
                    mvc.perform(get("/api/text-review").with(user("mediatrice").roles("EDITOR")))
                            .andExpect(status().isOk()));
            String rewritten = item(review, "reply", "safety-check-found")
                    .get("fields")
                    .get(0)
                    .get("rewritten")
                    .asString();
            assertThat(rewritten).contains("{count} 次确认过的举报", "{month}", "{summary}");

            mvc.perform(post("/api/text-review/reply/safety-check-found/apply")
                            .with(user("mediatrice").roles("EDITOR")))
                    .andExpect(status().isOk());
            mvc.perform(get("/api/replies/safety-check-found")
                            .with(user("mediatrice").roles("EDITOR")))
                    .andExpect(jsonPath("$.text").value(rewritten))
                    .andExpect(jsonPath("$.served").value(rewritten));
        } finally {
            deleteLexiconEntry(verified);
            deleteLexiconEntry(month);
            editor(
                            put("/api/replies/safety-check-found"),
                            Map.of(
                                    "text",
                                    ReplyKey.SAFETY_CHECK_FOUND.seedText(),
                                    "textFr",
                                    ReplyKey.SAFETY_CHECK_FOUND.seedTextFr()))
                    .andExpect(status().isOk());
        }
    }

    static JsonNode item(JsonNode review, String kind, String id) {
        for (JsonNode item : review) {
            if (item.get("kind").asString().equals(kind)
                    && item.get("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + kind + " " + id + " in " + review);
    }

    long addLexiconEntry(String term, String replacement) throws Exception {
        return json(mvc.perform(post("/api/lexicon")
                                .with(user("coordinatrice").roles("ADMIN"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(JSON.writeValueAsString(Map.of(
                                        "term",
                                        term,
                                        "replacement",
                                        replacement,
                                        "language",
                                        "zh",
                                        "category",
                                        "test"))))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    void deleteLexiconEntry(long id) throws Exception {
        mvc.perform(delete("/api/lexicon/" + id).with(user("coordinatrice").roles("ADMIN")))
                .andExpect(status().isNoContent());
    }

    @Nested
    class Refusals {

        @Test
        void refusesAReplyHoldingABlockedTermWithTheFindings() throws Exception {
            editor(put("/api/replies/welcome"), Map.of("text", "欢迎，这里不谈法轮功。"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("text"))
                    .andExpect(jsonPath("$.findings[0].term").value("法轮功"));
        }

        @Test
        void refusesAReplyLongerThanWechatAllows() throws Exception {
            editor(put("/api/replies/welcome"), Map.of("text", "长".repeat(700)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("text"));
        }

        @Test
        void answers404ForAnUnknownReplyKeySectionOrAnswer() throws Exception {
            editor(put("/api/replies/goodbye"), Map.of("text", "再见")).andExpect(status().isNotFound());
            editor(put("/api/sections/weather"), Map.of("name", "天气", "replyKind", "text", "replyText", "晴"))
                    .andExpect(status().isNotFound());
            editor(put("/api/auto-replies/999999"), Map.of("keywords", List.of("再见"), "text", "再见"))
                    .andExpect(status().isNotFound());
            mvc.perform(delete("/api/auto-replies/999999")
                            .with(user("mediatrice").roles("EDITOR")))
                    .andExpect(status().isNotFound());
        }

        @Test
        void refusesAKeywordAnotherAnswerUsesInAnySpelling() throws Exception {
            editor(post("/api/auto-replies"), Map.of("keywords", List.of("收費"), "text", "免费"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("keywords"));
        }

        @Test
        void refusesAnAnswerWithoutKeywordsOrWithoutAnything() throws Exception {
            editor(post("/api/auto-replies"), Map.of("keywords", List.of(), "text", "免费"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("keywords"));
            editor(post("/api/auto-replies"), Map.of("keywords", List.of("新问题")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("text"));
            editor(post("/api/auto-replies"), Map.of("keywords", List.of("新问题"), "section", "weather"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("section"));
        }

        @Test
        void refusesAnUnknownReplyKind() throws Exception {
            editor(put("/api/sections/about"), Map.of("name", "关于我们", "replyKind", "video", "replyText", "你好"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("replyKind"));
        }

        @Test
        void asksForCredentialsAndAnEditorRole() throws Exception {
            mvc.perform(get("/api/replies")).andExpect(status().isUnauthorized());
            mvc.perform(get("/api/auto-replies").with(user("pair").roles("MODERATOR")))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/text-review").with(user("pair").roles("MODERATOR")))
                    .andExpect(status().isForbidden());
        }
    }
}
