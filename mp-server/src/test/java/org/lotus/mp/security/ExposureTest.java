package org.lotus.mp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What staff pages and the API give away: the lexicon to administrators only, never unsanitised HTML. */
class ExposureTest extends EmbeddedTest {

    @Autowired
    MockMvc mvc;

    @Test
    void editorsMayNotExportTheLexicon() throws Exception {
        mvc.perform(get("/api/lexicon/export").with(user("e").roles("EDITOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/lexicon/export").with(user("a").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void anArticleFormShownAgainAfterAnErrorHoldsOnlySanitisedHtml() throws Exception {
        String page = mvc.perform(post("/cms/articles")
                        .with(user("e").roles("EDITOR"))
                        .with(csrf())
                        .param("title", "检测")
                        .param("body", "<p>每周四</p><img src=x onerror=alert(1)><script>alert(2)</script>")
                        .param("section", "no-such-section")
                        .param("language", "zh"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String textarea = page.substring(page.indexOf("id=\"article-body\""), page.indexOf("</textarea>"));
        assertThat(textarea).contains("每周四").doesNotContain("onerror", "script");
    }
}
