package org.lotus.mp.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lotus.mp.publishing.CorrectionsTest.announcementJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lotus.content.PublicationStatus;
import org.lotus.content.announcement.Announcements;
import org.lotus.mp.support.ProdTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The shared lifecycle on MariaDB: editing a saved event (once a duplicate-column 500), correcting, withdrawing. */
class LifecycleProdTest extends ProdTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Announcements announcements;

    @Test
    void editsASavedEventThenPublishesCorrectsAndWithdrawsIt() throws Exception {
        long id = JsonMapper.shared()
                .readTree(mvc.perform(as(post("/api/announcements")).content(announcementJson("义诊", "第一版", false)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .path("id")
                .asLong();
        mvc.perform(as(put("/api/announcements/" + id)).content(announcementJson("义诊", "第二版", false)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.body").value("第二版"))
                .andExpect(jsonPath("$.eventDate").isNotEmpty());

        mvc.perform(as(post("/api/announcements/" + id + "/publish"))).andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> announcements.get(id).getStatus() == PublicationStatus.PUBLISHED);

        mvc.perform(as(post("/api/announcements/" + id + "/correct"))
                        .content(announcementJson("义诊", "第三版，带安全套", false)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publishedBody").value("第三版，带工具"))
                .andExpect(jsonPath("$.correctedAt").isNotEmpty());
        mvc.perform(as(post("/api/announcements/" + id + "/withdraw")))
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        assertThat(announcements.agenda(org.lotus.content.UtcTime.now())).noneMatch(a -> a.getId() == id);
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }
}
