package org.lotus.mp.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outreach templates are changed and deleted through the API; one that logged contacts name is archived, so the log
 * still says which message was sent.
 */
class OutreachTemplatesApiTest extends EmbeddedTest {

    static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long create(String title, String text) throws Exception {
        String body = mvc.perform(post("/api/outreach/templates")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("title", title, "text", text))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body).path("id").asLong();
    }

    ResultActions change(long id, Map<String, Object> template) throws Exception {
        return mvc.perform(put("/api/outreach/templates/" + id)
                .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                .header("Accept-Language", "fr")
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(template)));
    }

    ResultActions remove(long id) throws Exception {
        return mvc.perform(delete("/api/outreach/templates/" + id).with(httpBasic(ADMIN, ADMIN_PASSWORD)));
    }

    long audited(String action, long id) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = ? AND target_id = ?",
                Long.class,
                action,
                String.valueOf(id));
    }

    static String title() {
        return "模板 " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void changesATemplateRewritingItsNewText() throws Exception {
        long id = create(title(), "每周三免费检测。");

        change(id, Map.of("title", "周四检测", "text", "每周四免费检测，记得带安全套。"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("周四检测"))
                .andExpect(jsonPath("$.text").value("每周四免费检测，记得带工具。"));

        mvc.perform(get("/api/outreach/templates/" + id).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.text").value("每周四免费检测，记得带工具。"));
        assertThat(audited("outreach.template-updated", id)).isEqualTo(1);
    }

    @Test
    void deletesATemplateNoContactNames() throws Exception {
        long id = create(title(), "每周三免费检测。");

        remove(id).andExpect(status().isNoContent());

        mvc.perform(get("/api/outreach/templates/" + id).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outreach_template WHERE id = ?", Long.class, id))
                .isZero();
        assertThat(audited("outreach.template-deleted", id)).isEqualTo(1);
    }

    @Test
    void keepsADeletedTemplateReadableBesideTheContactsThatNameIt() throws Exception {
        String title = title();
        long id = create(title, "你好，我们是健康项目的志愿者。");
        String city = "Lille " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/api/outreach")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(
                                Map.of("platform", "Vivastreet", "city", city, "templateId", id))))
                .andExpect(status().isCreated());

        remove(id).andExpect(status().isNoContent());

        mvc.perform(get("/api/outreach/templates").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(jsonPath("$[*].id", Matchers.not(Matchers.hasItem((int) id))));
        mvc.perform(get("/api/outreach").param("city", city).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", Matchers.hasSize(1)))
                .andExpect(jsonPath("$[0].templateId").value(id))
                .andExpect(jsonPath("$[0].templateTitle").value(title));
        mvc.perform(get("/api/outreach/templates/" + id).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isNotFound());
        change(id, Map.of("title", title, "text", "你好。")).andExpect(status().isNotFound());
        remove(id).andExpect(status().isNotFound());
    }

    @Nested
    class Refusals {

        @Test
        void answersNotFoundForAnUnknownTemplate() throws Exception {
            change(987_654_321L, Map.of("title", "检测", "text", "每周三免费检测。")).andExpect(status().isNotFound());
            remove(987_654_321L).andExpect(status().isNotFound());
        }

        @Test
        void refusesAChangeThatLeavesTheTextEmptyAndKeepsTheTemplate() throws Exception {
            long id = create(title(), "每周三免费检测。");

            change(id, Map.of("title", "检测", "text", " "))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("text"))
                    .andExpect(jsonPath("$.message", Matchers.containsString("Texte")));

            mvc.perform(get("/api/outreach/templates/" + id).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                    .andExpect(jsonPath("$.text").value("每周三免费检测。"));
        }

        @Test
        void refusesAnUnknownChannelOnAChange() throws Exception {
            long id = create(title(), "每周三免费检测。");

            change(id, Map.of("title", "检测", "text", "关注我们：{channel}", "channelId", 987_654))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("channelId"));
        }
    }
}
