package org.lotus.mp.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lotus.mp.portal.AmrSamples;
import org.lotus.mp.portal.Pushes;
import org.lotus.mp.staff.Role;
import org.lotus.mp.staff.StaffAccounts;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.WechatFake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reading reader messages leaves a trace: who listed, opened, played or downloaded which message, when; never the
 * content. The dashboard shows each role only the journal entries its role may see.
 */
class ReadingAuditTest extends PortalTest {

    static final Pushes PUSHES = new Pushes(APPID, TOKEN, AES_KEY);
    static final String PASSWORD = "mots-de-passe-du-test";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    AuditLog audit;

    private String staff(Role... roles) {
        String username = "lectrice-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, PASSWORD, java.util.EnumSet.copyOf(List.of(roles)), null, "fr", false);
        return username;
    }

    private long idOf(long msgId) {
        return jdbc.queryForObject("SELECT id FROM reader_message WHERE wx_msg_id = ?", Long.class, msgId);
    }

    private long storedMessage(String kind) throws Exception {
        long msgId = Pushes.nextMsgId();
        String mediaId = kind + "-audit-" + msgId;
        String push;
        if (kind.equals("voice")) {
            WechatFake.shared().givenMedia(mediaId, mediaId + ".amr", "audio/amr", AmrSamples.oneSecond());
            push = Pushes.voice("oAudit" + msgId, msgId, mediaId, "检测");
        } else if (kind.equals("image")) {
            byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
            WechatFake.shared().givenMedia(mediaId, mediaId + ".jpg", "image/jpeg", jpeg);
            push = Pushes.image("oAudit" + msgId, msgId, mediaId);
        } else {
            push = Pushes.text("oAudit" + msgId, msgId, "我想问一下检测的时间 secret-words");
        }
        mvc.perform(PUSHES.encrypted(push)).andExpect(status().isOk());
        if (!kind.equals("text")) {
            await().atMost(Duration.ofSeconds(10))
                    .until(
                            () -> jdbc.queryForObject(
                                    "SELECT media_status FROM reader_message WHERE wx_msg_id = ?", String.class, msgId),
                            "STORED"::equals);
        }
        return idOf(msgId);
    }

    private List<Map<String, Object>> readsBy(String actor) {
        return jdbc.queryForList(
                "SELECT action, target_id, detail FROM audit_event WHERE actor = ? AND action LIKE 'comment.read.%' ORDER BY id",
                actor);
    }

    @Test
    void listingPlayingAndDownloadingThroughTheApiAreAudited() throws Exception {
        long text = storedMessage("text");
        long voice = storedMessage("voice");
        long image = storedMessage("image");
        String moderator = staff(Role.MODERATOR);

        mvc.perform(get("/api/comments").with(httpBasic(moderator, PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/comments/" + voice + "/audio").with(httpBasic(moderator, PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/comments/" + image + "/media").with(httpBasic(moderator, PASSWORD)))
                .andExpect(status().isOk());

        List<Map<String, Object>> reads = readsBy(moderator);
        assertThat(reads)
                .extracting(r -> r.get("action"))
                .containsExactly("comment.read.list", "comment.read.play", "comment.read.download");
        assertThat((String) reads.get(0).get("detail"))
                .startsWith("api ")
                .contains(Long.toString(text), Long.toString(voice), Long.toString(image));
        assertThat(reads.get(1).get("target_id")).isEqualTo(Long.toString(voice));
        assertThat(reads.get(2).get("target_id")).isEqualTo(Long.toString(image));
        assertThat(reads.toString()).doesNotContain("secret-words", "检测");
    }

    @Test
    void readingInTheCmsIsAuditedToo() throws Exception {
        long voice = storedMessage("voice");
        long image = storedMessage("image");
        String moderator = staff(Role.MODERATOR);
        var session = mvc.perform(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
                                .user(moderator)
                                .password(PASSWORD))
                .andReturn()
                .getRequest()
                .getSession();

        mvc.perform(get("/cms/comments").session((org.springframework.mock.web.MockHttpSession) session))
                .andExpect(status().isOk());
        mvc.perform(get("/cms/comments/" + voice + "/audio")
                        .session((org.springframework.mock.web.MockHttpSession) session))
                .andExpect(status().isOk());
        mvc.perform(get("/cms/comments/" + image + "/media")
                        .session((org.springframework.mock.web.MockHttpSession) session))
                .andExpect(status().isOk());
        mvc.perform(get("/cms").session((org.springframework.mock.web.MockHttpSession) session))
                .andExpect(status().isOk());

        assertThat(readsBy(moderator))
                .extracting(r -> r.get("action") + " " + ((String) r.get("detail")).split(" ")[0])
                .containsExactly(
                        "comment.read.list cms",
                        "comment.read.play cms",
                        "comment.read.download cms",
                        "comment.read.list dashboard");
    }

    @Test
    void theDashboardShowsEachRoleOnlyTheEntriesItsRoleMaySee() throws Exception {
        long text = storedMessage("text");
        String editor = staff(Role.EDITOR);
        String moderator = staff(Role.MODERATOR);
        String both = staff(Role.EDITOR, Role.MODERATOR);
        mvc.perform(get("/api/comments").with(httpBasic(moderator, PASSWORD)));
        jdbc.update(
                "INSERT INTO audit_event (occurred_at, actor, action, target_type, target_id) VALUES "
                        + "(CURRENT_TIMESTAMP, 'x', 'comment.handled', 'comment', ?), "
                        + "(CURRENT_TIMESTAMP, 'x', 'article.created', 'article', '7'), "
                        + "(CURRENT_TIMESTAMP, 'x', 'staff.create', 'staff', '9')",
                Long.toString(text));

        assertThat(actionsOnDashboard(editor)).contains("article.created").doesNotContain("comment.", "staff.");
        assertThat(actionsOnDashboard(moderator))
                .contains("comment.handled")
                .doesNotContain("article.", "staff.")
                .doesNotContain("comment.read.");
        assertThat(actionsOnDashboard(both))
                .contains("comment.handled", "article.created")
                .doesNotContain("staff.");
    }

    private String actionsOnDashboard(String username) throws Exception {
        var auth = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                username,
                null,
                accounts.findByUsername(username).orElseThrow().roleSet().stream()
                        .map(r -> new org.springframework.security.core.authority.SimpleGrantedAuthority(r.authority()))
                        .toList());
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(auth);
        try {
            return audit.latestForCurrentStaff(50).stream()
                    .map(AuditEvent::getAction)
                    .toList()
                    .toString();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
