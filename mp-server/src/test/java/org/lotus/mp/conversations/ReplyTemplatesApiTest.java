package org.lotus.mp.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code /api/reply-templates}: the inbox's ready-made replies, seeded, edited by moderators, rewritten when saved. */
class ReplyTemplatesApiTest extends EmbeddedTest {

    static final RequestPostProcessor MEDIATOR = user("mediatrice").roles("MODERATOR");
    static final RequestPostProcessor EDITOR = user("redactrice").roles("EDITOR");
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    JsonNode call(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
        String body = mvc.perform(request)
                .andExpect(expected)
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return body.isEmpty() ? null : JSON.readTree(body);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Map<String, String> body)
            throws Exception {
        return request.with(MEDIATOR).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
    }

    @Test
    void seededWithTheFormerFileInItsOrder() throws Exception {
        JsonNode all = call(get("/api/reply-templates").with(MEDIATOR), status().isOk());
        assertThat(all.size()).isGreaterThanOrEqualTo(5);
        assertThat(all.get(0).get("labelZh").asText()).isEqualTo("问候");
        assertThat(all.get(1).get("labelFr").asText()).isEqualTo("Rendez-vous de dépistage");
        assertThat(all.get(3).get("text").asText()).contains("TPE");
    }

    @Test
    void moderatorAddsChangesAndRemovesATemplateRewrittenByTheLexicon() throws Exception {
        JsonNode created = call(
                json(post("/api/reply-templates"), Map.of("labelFr", "Outils", "labelZh", "工具", "text", "请带好安全套。")),
                status().isCreated());
        long id = created.get("id").asLong();
        assertThat(created.get("text").asText()).isEqualTo("请带好工具。");

        JsonNode changed = call(
                json(put("/api/reply-templates/" + id), Map.of("labelFr", "Outils", "labelZh", "工具", "text", "记得带工具。")),
                status().isOk());
        assertThat(changed.get("text").asText()).isEqualTo("记得带工具。");
        JsonNode all = call(get("/api/reply-templates").with(MEDIATOR), status().isOk());
        assertThat(all.get(all.size() - 1).get("id").asLong()).isEqualTo(id);

        call(delete("/api/reply-templates/" + id).with(MEDIATOR), status().isNoContent());
        call(get("/api/reply-templates/" + id).with(MEDIATOR), status().isNotFound());
    }

    @Nested
    class Refused {

        @Test
        void blockedTermInChineseNamesTheFieldByItsLabel() throws Exception {
            JsonNode error = call(
                    json(post("/api/reply-templates"), Map.of("labelFr", "X", "labelZh", "某", "text", "法轮功"))
                            .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"),
                    status().isBadRequest());
            assertThat(error.get("field").asText()).isEqualTo("text");
            assertThat(error.get("code").asText()).isEqualTo("blockedTerms");
            assertThat(error.get("message").asText())
                    .startsWith("「文字」")
                    .contains("法轮功")
                    .contains("改写");
        }

        @Test
        void missingLabelInFrenchSaysWhichAndWhatToDo() throws Exception {
            JsonNode error = call(
                    json(post("/api/reply-templates"), Map.of("labelFr", " ", "labelZh", "某", "text", "您好"))
                            .header(HttpHeaders.ACCEPT_LANGUAGE, "fr"),
                    status().isBadRequest());
            assertThat(error.get("field").asText()).isEqualTo("labelFr");
            assertThat(error.get("message").asText())
                    .isEqualTo("« Nom en français » : obligatoire : remplissez ce champ.");
        }

        @Test
        void editorsMayNotChangeThem() throws Exception {
            call(
                    post("/api/reply-templates")
                            .with(EDITOR)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"labelFr\":\"a\",\"labelZh\":\"b\",\"text\":\"c\"}"),
                    status().isForbidden());
        }
    }
}
