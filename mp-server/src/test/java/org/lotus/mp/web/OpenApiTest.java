package org.lotus.mp.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI description of the JSON API is served at /v3/api-docs, to signed-in staff only. */
class OpenApiTest extends EmbeddedTest {

    @Autowired
    MockMvc mvc;

    @Test
    void describesTheJsonApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/articles")))
                .andExpect(content().string(containsString("/api/rewrite")))
                .andExpect(content().string(containsString("/api/comments")));
    }

    @Test
    void isNotPublic() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs/swagger-config")).andExpect(status().isUnauthorized());
    }
}
