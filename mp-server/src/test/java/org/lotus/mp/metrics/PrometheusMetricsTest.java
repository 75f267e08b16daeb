package org.lotus.mp.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.portal.Pushes;
import org.lotus.mp.staff.Role;
import org.lotus.mp.staff.StaffAccounts;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.WechatFake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Operators scrape /actuator/prometheus with an ADMIN or METRICS account; readers' identities never appear in it. */
class PrometheusMetricsTest extends PortalTest {

    static final Pushes PUSHES = new Pushes(APPID, TOKEN, AES_KEY);
    static final String PASSWORD = "a-long-metrics-passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAccounts accounts;

    String account(Role role) {
        String username =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, PASSWORD, role, null, "fr");
        return username;
    }

    String scrape(String username) throws Exception {
        return mvc.perform(get("/actuator/prometheus").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void countsCallbacksByKindAndOutcomeWithReplyTimesAndNoReaderIdentity() throws Exception {
        String reader = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
        String text = Pushes.text(reader, Pushes.nextMsgId(), "指标测试" + UUID.randomUUID());
        Pushes.EncryptedPush push = PUSHES.prepare(text);
        mvc.perform(PUSHES.send(push)).andExpect(status().isOk());
        mvc.perform(PUSHES.send(push)).andExpect(status().isOk());
        mvc.perform(post("/wx/portal/" + APPID).content("<xml/>")).andExpect(status().isBadRequest());

        String metrics = scrape(account(Role.METRICS));

        assertThat(metrics)
                .contains("lotus_callbacks_total{kind=\"text\",outcome=\"stored\"}")
                .contains("lotus_callbacks_total{kind=\"text\",outcome=\"retry\"}")
                .contains("lotus_callbacks_total{kind=\"unknown\",outcome=\"refused\"}")
                .contains("lotus_callback_reply_seconds_bucket")
                .contains("lotus_spool_depth")
                .contains("lotus_scheduler_lag_seconds")
                .contains("lotus_publications{kind=\"article\",status=\"PUBLISHED\"}")
                .doesNotContain(reader)
                .doesNotContain("指标测试");
    }

    @Test
    void countsWxJavasOwnCallsByEndpointAndErrcode() throws Exception {
        WechatFake.shared().reset();
        try {
            mvc.perform(post("/api/menu/publish").with(user("editor").roles("EDITOR")))
                    .andExpect(status().isOk());
            WechatFake.shared().refuseMenu(40018, "invalid button name size");
            mvc.perform(post("/api/menu/publish").with(user("editor").roles("EDITOR")))
                    .andExpect(status().isBadGateway());
        } finally {
            WechatFake.shared().reset();
        }

        assertThat(scrape(account(Role.METRICS)))
                .containsPattern("lotus_wechat_calls_total\\{endpoint=\"menu/create\",errcode=\"0\"} [1-9]")
                .containsPattern("lotus_wechat_calls_total\\{endpoint=\"menu/create\",errcode=\"40018\"} [1-9]");
    }

    @Test
    void countsFailedSignInsAndLocks() throws Exception {
        String victim = account(Role.EDITOR);
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/me").with(httpBasic(victim, "wrong-password-" + i)));
        }

        assertThat(scrape(account(Role.ADMIN)))
                .containsPattern("lotus_login_failures_total [1-9]")
                .contains("lotus_login_locks_total{what=\"account\"}");
    }

    @Nested
    class IsRefused {

        @Test
        void withoutSignIn() throws Exception {
            mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        }

        @Test
        void toAnEditor() throws Exception {
            mvc.perform(get("/actuator/prometheus").with(httpBasic(account(Role.EDITOR), PASSWORD)))
                    .andExpect(status().isForbidden());
        }

        @Test
        void andAMetricsAccountReadsNothingElse() throws Exception {
            mvc.perform(get("/api/comments").with(httpBasic(account(Role.METRICS), PASSWORD)))
                    .andExpect(status().isForbidden());
        }
    }
}
