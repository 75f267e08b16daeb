package org.lotus.mp.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Moderators read, approve, reject, merge and reveal readers' reports through the API; each step is audited. */
class AlertsApiTest extends EmbeddedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientReports reports;

    @Autowired
    JdbcTemplate jdbc;

    static RequestPostProcessor admin() {
        return httpBasic(ADMIN, ADMIN_PASSWORD);
    }

    long report(String phone, String what) {
        reports.submit(new ClientReports.Submission(
                UUID.randomUUID().toString().replace("-", "")
                        + UUID.randomUUID().toString().replace("-", ""),
                UUID.randomUUID().toString().replace("-", "")
                        + UUID.randomUUID().toString().replace("-", ""),
                what,
                List.of(),
                phone,
                "Belleville",
                "昨天"));
        return jdbc.queryForObject("SELECT MAX(id) FROM client_report", Long.class);
    }

    long audits(String action) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = ?", Long.class, action);
    }

    @Test
    void listsPendingReportsWithTheWordsAndTheNumberMasked() throws Exception {
        long id = report("+33612340001", "他不付钱还推人");
        long before = audits("alerts.read");

        mvc.perform(get("/api/alerts").param("status", "pending").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].what").value("他不付钱还推人"))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].phone").value("•••• •• 00 01"))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].area").value("Belleville"));
        assertThat(audits("alerts.read")).isEqualTo(before + 1);
    }

    @Test
    void revealsTheNumberOnlyOnRequestAndAuditsIt() throws Exception {
        long id = report("+33612340002", "威胁");

        mvc.perform(post("/api/alerts/" + id + "/reveal").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value("+33612340002"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'alert.number-revealed' AND target_id = ?",
                        Long.class,
                        Long.toString(id)))
                .isOne();
    }

    @Test
    void approvesWithARewrittenPublicSummary() throws Exception {
        long id = report("+33612340003", "不戴套");

        mvc.perform(post("/api/alerts/" + id + "/approve")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"summary\":\"这个客人拒绝用安全套。\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("approved"))
                .andExpect(jsonPath("$.summary").value("这个客人拒绝用工具。"));
        assertThat(reports.check("+33612340003").approved()).isOne();
    }

    @Test
    void mergesAReportIntoAnEarlierOneOfTheSameNumber() throws Exception {
        long first = report("+33612340004", "第一次");
        long second = report("+33612340004", "第二次");

        mvc.perform(get("/api/alerts/" + second).with(admin()))
                .andExpect(jsonPath("$.earlierSameNumber[0]").value(first));
        mvc.perform(post("/api/alerts/" + second + "/merge")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"into\":" + first + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("merged"))
                .andExpect(jsonPath("$.mergedInto").value(first));
    }

    @Test
    void turnsAnApprovedAlertIntoAnAnnouncementDraft() throws Exception {
        long id = report("+33612340005", "抢劫");
        reports.approve(id, "这个号码的客人抢过钱。", "test");

        String body = mvc.perform(post("/api/alerts/" + id + "/announcement").with(admin()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long announcement = Long.parseLong(body.replaceAll("\\D", ""));
        assertThat(jdbc.queryForObject("SELECT body FROM announcement WHERE id = ?", String.class, announcement))
                .contains("抢过钱");
    }

    @Nested
    class Refusals {

        @Test
        void refusesASummaryWithABlockedTerm() throws Exception {
            mvc.perform(
                            post("/api/lexicon")
                                    .with(admin())
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(
                                            "{\"term\":\"坏字眼\",\"replacement\":\"\",\"language\":\"zh\",\"category\":\"test\"}"))
                    .andExpect(status().is2xxSuccessful());
            long id = report("+33612340006", "x");

            mvc.perform(post("/api/alerts/" + id + "/approve")
                            .with(admin())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"summary\":\"这是坏字眼\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("summary"));
        }

        @Test
        void refusesToDecideTwice() throws Exception {
            long id = report("+33612340007", "x");
            reports.reject(id, "不清楚", "test");

            mvc.perform(post("/api/alerts/" + id + "/approve")
                            .with(admin())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"summary\":\"好\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("status"));
        }

        @Test
        void refusesToMergeReportsOfDifferentNumbers() throws Exception {
            long first = report("+33612340008", "a");
            long second = report("+33612340009", "b");

            mvc.perform(post("/api/alerts/" + second + "/merge")
                            .with(admin())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"into\":" + first + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("into"));
        }

        @Test
        void answersUnknownIdsWith404() throws Exception {
            mvc.perform(get("/api/alerts/999999").with(admin())).andExpect(status().isNotFound());
        }

        @Test
        void refusesEditorsWithoutTheModeratorRole() throws Exception {
            mvc.perform(get("/api/alerts").with(user("editor").roles("EDITOR"))).andExpect(status().isForbidden());
        }

        @Test
        void refusesAnUnknownStatus() throws Exception {
            mvc.perform(get("/api/alerts").param("status", "everything").with(admin()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("status"));
        }
    }
}
