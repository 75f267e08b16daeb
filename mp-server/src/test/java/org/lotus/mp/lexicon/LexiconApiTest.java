package org.lotus.mp.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.staff.Role;
import org.lotus.mp.staff.StaffAccounts;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class LexiconApiTest extends EmbeddedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAccounts accounts;

    private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic(ADMIN, ADMIN_PASSWORD);
    }

    private String rewrite(String json) throws Exception {
        return mvc.perform(post("/api/rewrite")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void shippedLexiconIsSeededOnFirstStart() throws Exception {
        mvc.perform(get("/api/lexicon").param("language", "zh").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", greaterThanOrEqualTo(150)));
        mvc.perform(get("/api/lexicon").param("language", "fr").with(admin()))
                .andExpect(jsonPath("$.length()", greaterThanOrEqualTo(80)));
    }

    @Test
    void rewritesChineseTextWithOffsets() throws Exception {
        String body = rewrite("{\"text\":\"请带好安全套。\",\"format\":\"text\",\"language\":\"zh\"}");
        assertThat(JsonPath.<String>read(body, "$.text")).isEqualTo("请带好工具。");
        assertThat(JsonPath.<Integer>read(body, "$.replacements[0].start")).isEqualTo(3);
        assertThat(JsonPath.<Integer>read(body, "$.replacements[0].end")).isEqualTo(6);
        assertThat(JsonPath.<String>read(body, "$.replacements[0].from")).isEqualTo("安全套");
        assertThat(JsonPath.<String>read(body, "$.replacements[0].to")).isEqualTo("工具");
    }

    @Test
    void rewritesFrenchHtmlKeepingTags() throws Exception {
        String body = rewrite(
                "{\"text\":\"<p class=\\\"préservatifs\\\">Des Préservatifs gratuits</p>\",\"format\":\"html\",\"language\":\"fr\"}");
        assertThat(JsonPath.<String>read(body, "$.text"))
                .isEqualTo("<p class=\"préservatifs\">Des Outils gratuits</p>");
    }

    @Test
    void addedEntryIsUsedAtOnceAndBlockedTermsAreFindings() throws Exception {
        String term = "测试词" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9a-f]", "甲");
        mvc.perform(post("/api/lexicon")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"term\":\"" + term
                                + "\",\"replacement\":\"\",\"language\":\"zh\",\"category\":\"explicit\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.blocked").value(true));
        String body = rewrite("{\"text\":\"这是" + term + "。\",\"language\":\"zh\"}");
        assertThat(JsonPath.<String>read(body, "$.findings[0].term")).isEqualTo(term);
        assertThat(JsonPath.<String>read(body, "$.text")).contains(term);
    }

    @Test
    void importsAndExportsTsv() throws Exception {
        mvc.perform(post("/api/lexicon/import")
                        .with(admin())
                        .contentType("text/tab-separated-values")
                        .content("passeuse\tamie\tfr\tsexwork\n导入测试词\t导入替换\tzh\ttest\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2));
        mvc.perform(get("/api/lexicon/export").with(admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/tab-separated-values")))
                .andExpect(content().string(containsString("导入测试词\t导入替换\tzh\ttest")));
    }

    @Test
    void deletedEntryNoLongerRewrites() throws Exception {
        String created = mvc.perform(post("/api/lexicon")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"term\":\"删除测试\",\"replacement\":\"保留\",\"language\":\"zh\",\"category\":\"test\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int id = JsonPath.read(created, "$.id");
        assertThat(JsonPath.<String>read(rewrite("{\"text\":\"删除测试\"}"), "$.text"))
                .isEqualTo("保留");
        mvc.perform(delete("/api/lexicon/" + id).with(admin())).andExpect(status().isNoContent());
        assertThat(JsonPath.<String>read(rewrite("{\"text\":\"删除测试\"}"), "$.text"))
                .isEqualTo("删除测试");
    }

    @Nested
    class Refusals {

        @Test
        void importNamesTheBadLineAndStoresNothing() throws Exception {
            mvc.perform(post("/api/lexicon/import")
                            .with(admin())
                            .contentType("text/tab-separated-values")
                            .content("好词一\t替换一\tzh\ttest\nbroken line without tabs\n"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("line 2"));
            mvc.perform(get("/api/lexicon").param("q", "好词一").with(admin()))
                    .andExpect(jsonPath("$.length()").value(0));
        }

        @Test
        void euphemismHoldingATermIsRefused() throws Exception {
            mvc.perform(
                            post("/api/lexicon")
                                    .with(admin())
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(
                                            "{\"term\":\"循环词\",\"replacement\":\"安全套\",\"language\":\"zh\",\"category\":\"test\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("term"));
        }

        @Test
        void invalidFormNamesTheField() throws Exception {
            mvc.perform(post("/api/lexicon")
                            .with(admin())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(
                                    "{\"term\":\"词\",\"replacement\":\"x\",\"language\":\"de\",\"category\":\"test\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("language"));
            mvc.perform(post("/api/rewrite")
                            .with(admin())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"format\":\"text\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("text"));
        }

        @Test
        void unknownEntryIs404() throws Exception {
            mvc.perform(get("/api/lexicon/987654").with(admin())).andExpect(status().isNotFound());
            mvc.perform(delete("/api/lexicon/987654").with(admin())).andExpect(status().isNotFound());
        }

        @Test
        void editorReadsButCannotChangeTheLexicon() throws Exception {
            String editor = "editor-" + UUID.randomUUID().toString().substring(0, 8);
            accounts.create(editor, "editor-password-x", Role.EDITOR, null, "fr");
            mvc.perform(get("/api/lexicon").with(httpBasic(editor, "editor-password-x")))
                    .andExpect(status().isOk());
            mvc.perform(post("/api/lexicon")
                            .with(httpBasic(editor, "editor-password-x"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"term\":\"词\",\"replacement\":\"x\",\"language\":\"zh\",\"category\":\"t\"}"))
                    .andExpect(status().isForbidden());
        }
    }
}
