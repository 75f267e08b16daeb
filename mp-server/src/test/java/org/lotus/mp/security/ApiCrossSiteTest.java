package org.lotus.mp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Other web sites cannot use a browser's credentials against the API (ADR 0005). */
class ApiCrossSiteTest extends EmbeddedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** A draft article made through the API, as a script would; returns its id. */
    static long draftArticle(MockMvc mvc) throws Exception {
        String body = mvc.perform(post("/api/articles")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"免费检测\",\"author\":\"Lotus\",\"digest\":\"周四\","
                                + "\"body\":\"<p>每周四下午免费检测。</p>\",\"section\":\"health\",\"language\":\"zh\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
    }

    private long draftArticle() throws Exception {
        return draftArticle(mvc);
    }

    private long lexiconEntries(String term) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM lexicon_entry WHERE term = ?", Long.class, term);
    }

    @Test
    void neverAsksABrowserForBasicCredentials() throws Exception {
        mvc.perform(get("/api/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/me").with(httpBasic(ADMIN, "wrong-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void importsTabSeparatedValuesFromAScript() throws Exception {
        String term = "脚本词" + UUID.randomUUID().toString().substring(0, 4);
        mvc.perform(post("/api/lexicon/import")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType("text/tab-separated-values")
                        .content(term + "\t替身\tzh\ttest\n"))
                .andExpect(status().isOk());
        assertThat(lexiconEntries(term)).isEqualTo(1);
    }

    @Test
    void acceptsAStateChangeWithoutBodyOrFromItsOwnOrigin() throws Exception {
        long article = draftArticle();
        mvc.perform(post("/api/articles/" + article + "/publish")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .header("Origin", "http://localhost")
                        .header("Sec-Fetch-Site", "same-origin"))
                .andExpect(status().is2xxSuccessful());
    }

    @Nested
    class Refusals {

        @Test
        void refusesATextPlainLexiconImport() throws Exception {
            String term = "跨站词" + UUID.randomUUID().toString().substring(0, 4);
            mvc.perform(post("/api/lexicon/import")
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                            .contentType(MediaType.TEXT_PLAIN)
                            .content(term + "\t替身\tzh\ttest\n"))
                    .andExpect(status().isUnsupportedMediaType())
                    .andExpect(jsonPath("$.status").value(415));
            assertThat(lexiconEntries(term)).isZero();
        }

        @Test
        void refusesFormBodiesOnStateChanges() throws Exception {
            long article = draftArticle();
            mvc.perform(post("/api/articles/" + article + "/publish")
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .content("x=1"))
                    .andExpect(status().isUnsupportedMediaType());
            mvc.perform(post("/api/articles/" + article + "/publish")
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                            .contentType(MediaType.TEXT_PLAIN)
                            .content("x=1"))
                    .andExpect(status().isUnsupportedMediaType());
            assertThat(jdbc.queryForObject("SELECT status FROM article WHERE id = ?", String.class, article))
                    .isEqualTo("DRAFT");
        }

        @Test
        void refusesWhatABrowserMarksCrossSite() throws Exception {
            mvc.perform(get("/api/me").with(httpBasic(ADMIN, ADMIN_PASSWORD)).header("Sec-Fetch-Site", "cross-site"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.status").value(403));
            long article = draftArticle();
            mvc.perform(post("/api/articles/" + article + "/publish")
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}")
                            .header("Sec-Fetch-Site", "cross-site"))
                    .andExpect(status().isForbidden());
        }

        @Test
        void refusesAnotherOrigin() throws Exception {
            for (String origin : new String[] {"https://evil.example", "null", "http://localhost:8081"}) {
                mvc.perform(post("/api/lexicon")
                                .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                                .header("Origin", origin)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"term\":\"跨站\",\"replacement\":\"x\",\"language\":\"zh\","
                                        + "\"category\":\"test\"}"))
                        .andExpect(status().isForbidden());
            }
            assertThat(lexiconEntries("跨站")).isZero();
        }
    }
}
