package org.lotus.mp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A refused API call keeps its machine {@code field} and {@code code}, and its {@code message} tells the staff member,
 * in French or Chinese, which field (by its label, never its code) and what to do next.
 */
class TranslatedErrorsApiTest extends EmbeddedTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    JsonNode refused(AbstractMockHttpServletRequestBuilder<?> request, String language, ResultMatcher expected)
            throws Exception {
        return JSON.readTree(mvc.perform(request.header(HttpHeaders.ACCEPT_LANGUAGE, language))
                .andExpect(expected)
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    static MockHttpServletRequestBuilder json(String path, String role, String body) {
        return post(path)
                .with(user("someone-" + role.toLowerCase()).roles(role))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    static String announcementEndingBeforeItStarts() {
        Instant from = Instant.now().plus(2, ChronoUnit.DAYS);
        return "{\"title\":\"周五讲座\",\"body\":\"周五下午有健康讲座。\",\"validFrom\":\"" + from + "\",\"validUntil\":\""
                + from.minus(1, ChronoUnit.DAYS) + "\"}";
    }

    @Test
    void announcementValidityInFrenchAndChinese() throws Exception {
        JsonNode fr = refused(
                json("/api/announcements", "EDITOR", announcementEndingBeforeItStarts()),
                "fr",
                status().isBadRequest());
        assertThat(fr.get("field").asText()).isEqualTo("validUntil");
        assertThat(fr.get("message").asText())
                .isEqualTo("« Visible jusqu'au » : doit venir après « Visible à partir du ».");
        JsonNode zh = refused(
                json("/api/announcements", "EDITOR", announcementEndingBeforeItStarts()),
                "zh-CN",
                status().isBadRequest());
        assertThat(zh.get("message").asText()).isEqualTo("「显示结束」：必须晚于\"显示开始\"。");
    }

    @Test
    void beanValidationNamesTheFieldByItsLabel() throws Exception {
        JsonNode zh = refused(
                json("/api/lexicon", "ADMIN", "{\"term\":\"\",\"language\":\"zh\",\"category\":\"test\"}"),
                "zh-CN",
                status().isBadRequest());
        assertThat(zh.get("field").asText()).isEqualTo("term");
        assertThat(zh.get("message").asText()).startsWith("「").contains("必填").doesNotContain("term");
        assertThat(zh.get("errors").get(0).get("message").asText()).doesNotContain("must not be blank");
    }

    @Test
    void lexiconImportLineInChinese() throws Exception {
        JsonNode zh = refused(
                post("/api/lexicon/import")
                        .with(user("someone-admin").roles("ADMIN"))
                        .contentType("text/tab-separated-values")
                        .content("安全套\t工具\tzh\tprevention\n只有一列\n"),
                "zh-CN",
                status().isBadRequest());
        assertThat(zh.get("field").asText()).isEqualTo("line 2");
        assertThat(zh.get("code").asText()).isEqualTo("lexicon");
        assertThat(zh.get("message").asText()).contains("第 2 行").contains("请改好").doesNotContain("expected");
        JsonNode fr = refused(
                post("/api/lexicon/import")
                        .with(user("someone-admin").roles("ADMIN"))
                        .contentType("text/tab-separated-values")
                        .content("只有一列\n"),
                "fr",
                status().isBadRequest());
        assertThat(fr.get("message").asText()).startsWith("Ligne 1 du fichier : 1 colonne trouvée,");
    }

    @Test
    void takenUsernameInFrench() throws Exception {
        String body = "{\"username\":\"" + ADMIN
                + "\",\"password\":\"trois petits chats gris\",\"roles\":[\"EDITOR\"],\"language\":\"fr\"}";
        JsonNode fr = refused(json("/api/staff", "ADMIN", body), "fr", status().isBadRequest());
        assertThat(fr.get("code").asText()).isEqualTo("usernameTaken");
        assertThat(fr.get("message").asText())
                .isEqualTo("« Identifiant » : cet identifiant est déjà pris : choisissez-en un autre.");
    }

    @Test
    void menuWithoutWechatSaysWhatToDo() throws Exception {
        JsonNode zh = refused(
                post("/api/menu/publish").with(user("someone-editor").roles("EDITOR")),
                "zh-CN",
                status().isServiceUnavailable());
        assertThat(zh.get("message").asText()).contains("WX_APPID").contains("管理员");
    }

    @Test
    void malformedBodyAndUnknownKeywordMatchInChinese() throws Exception {
        JsonNode malformed = refused(json("/api/lexicon", "ADMIN", "{\"term\":"), "zh-CN", status().isBadRequest());
        assertThat(malformed.get("message").asText()).contains("JSON").contains("请检查");
        JsonNode match = refused(
                json("/api/auto-replies", "EDITOR", "{\"keywords\":[\"检测\"],\"match\":\"nearly\",\"text\":\"周四\"}"),
                "zh-CN",
                status().isBadRequest());
        assertThat(match.get("message").asText()).doesNotContainPattern("[a-z]{4,}");
    }

    @Test
    void uncodedRefusalStillNamesTheFieldByItsLabel() throws Exception {
        JsonNode fr = refused(
                post("/api/channels")
                        .with(user("someone-editor").roles("EDITOR"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" \"}"),
                "fr",
                status().isBadRequest());
        assertThat(fr.get("field").asText()).isEqualTo("name");
        assertThat(fr.get("message").asText()).isEqualTo("« Nom » : obligatoire : remplissez ce champ.");
    }

    @Test
    void audioWithoutAFileInChineseOnlyNotBothLanguages() throws Exception {
        JsonNode zh = refused(
                multipart("/api/audio").with(user("someone-moderator").roles("MODERATOR")),
                "zh-CN",
                status().isBadRequest());
        assertThat(zh.get("code").asText()).isEqualTo("audioFile");
        assertThat(zh.get("message").asText()).isEqualTo("「文件」：请选择音频文件或先录音。");
    }
}
