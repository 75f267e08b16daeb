package org.lotus.mp.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Administrators disable accounts, give roles and set temporary passwords; everyone changes their own. */
class StaffLifecycleApiTest extends EmbeddedTest {

    static final String PASSWORD = "mots-de-passe-du-test";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAccounts accounts;

    private StaffAccount staff(Role role) {
        String username =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(username, PASSWORD, role, null, "fr");
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(ADMIN, ADMIN_PASSWORD));
    }

    @Test
    void createsAnAccountHoldingSeveralRoles() throws Exception {
        String username = "mediatrice-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(asAdmin(json(
                        post("/api/staff"),
                        "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                                + "\",\"roles\":[\"MODERATOR\",\"EDITOR\"],\"language\":\"zh\"}")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roles", Matchers.contains("EDITOR", "MODERATOR")));
        mvc.perform(get("/api/articles").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/comments").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/staff").with(httpBasic(username, PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void aDisabledAccountIsRefusedOnItsNextRequestAndCanBeEnabledAgain() throws Exception {
        StaffAccount editor = staff(Role.EDITOR);
        mvc.perform(get("/api/articles").with(httpBasic(editor.getUsername(), PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(asAdmin(json(patch("/api/staff/" + editor.getId()), "{\"enabled\":false}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/articles").with(httpBasic(editor.getUsername(), PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(asAdmin(json(patch("/api/staff/" + editor.getId()), "{\"enabled\":true}")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/articles").with(httpBasic(editor.getUsername(), PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void changedRolesApplyAtOnceAndASingleRoleIsStillAccepted() throws Exception {
        StaffAccount editor = staff(Role.EDITOR);
        mvc.perform(get("/api/comments").with(httpBasic(editor.getUsername(), PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(asAdmin(json(patch("/api/staff/" + editor.getId()), "{\"roles\":[\"EDITOR\",\"MODERATOR\"]}")))
                .andExpect(jsonPath("$.roles", Matchers.contains("EDITOR", "MODERATOR")));
        mvc.perform(get("/api/comments").with(httpBasic(editor.getUsername(), PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(asAdmin(json(patch("/api/staff/" + editor.getId()), "{\"role\":\"MODERATOR\"}")))
                .andExpect(jsonPath("$.role").value("MODERATOR"))
                .andExpect(jsonPath("$.roles", Matchers.contains("MODERATOR")));
        mvc.perform(get("/api/articles").with(httpBasic(editor.getUsername(), PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTemporaryPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        StaffAccount editor = staff(Role.EDITOR);
        String temporary = "provisoire-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(asAdmin(json(
                        post("/api/staff/" + editor.getId() + "/password"), "{\"password\":\"" + temporary + "\"}")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/articles").with(httpBasic(editor.getUsername(), PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/articles").with(httpBasic(editor.getUsername(), temporary)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("password change required"));
        mvc.perform(get("/api/me").with(httpBasic(editor.getUsername(), temporary)))
                .andExpect(jsonPath("$.passwordChangeRequired").value(true));

        mvc.perform(json(
                                post("/api/me/password"),
                                "{\"current\":\"" + temporary + "\",\"password\":\"ma-propre-phrase-secrete\"}")
                        .with(httpBasic(editor.getUsername(), temporary)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/articles").with(httpBasic(editor.getUsername(), "ma-propre-phrase-secrete")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/me").with(httpBasic(editor.getUsername(), temporary)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void everyChangeIsAuditedWithoutThePassword() throws Exception {
        StaffAccount moderator = staff(Role.MODERATOR);
        String id = moderator.getId().toString();
        mvc.perform(asAdmin(
                        json(patch("/api/staff/" + id), "{\"enabled\":false,\"roles\":[\"MODERATOR\",\"EDITOR\"]}")))
                .andExpect(status().isOk());
        mvc.perform(asAdmin(json(post("/api/staff/" + id + "/password"), "{\"password\":\"secret-temporaire-42\"}")))
                .andExpect(status().isNoContent());
        String journal = mvc.perform(asAdmin(get("/api/audit")))
                .andExpect(jsonPath("$[0].action").value("staff.password.reset"))
                .andExpect(jsonPath("$[0].targetId").value(id))
                .andExpect(jsonPath("$[1].action").value("staff.update"))
                .andExpect(jsonPath("$[1].detail").value("enabled false, roles EDITOR,MODERATOR"))
                .andExpect(jsonPath("$[1].actor").value(ADMIN))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(journal).doesNotContain("secret-temporaire-42");
    }

    @Nested
    class Refusals {

        @Test
        void refusesShortCommonAndUsernamePasswords() throws Exception {
            StaffAccount editor = staff(Role.EDITOR);
            String path = "/api/staff/" + editor.getId() + "/password";
            for (String weak : new String[] {"court", "password1234", "Azerty123456", editor.getUsername() + "1"}) {
                mvc.perform(asAdmin(json(post(path), "{\"password\":\"" + weak + "\"}")))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.field").value("password"));
            }
            mvc.perform(asAdmin(json(
                            post("/api/staff"),
                            "{\"username\":\"faible-x\",\"password\":\"qwertyuiop123\",\"role\":\"EDITOR\"}")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("password"));
        }

        @Test
        void refusesAChangeWithoutTheCurrentPassword() throws Exception {
            StaffAccount editor = staff(Role.EDITOR);
            mvc.perform(json(
                                    post("/api/me/password"),
                                    "{\"current\":\"pas-le-bon-mot\",\"password\":\"une-autre-phrase-longue\"}")
                            .with(httpBasic(editor.getUsername(), PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("current"));
        }

        @Test
        void refusesAnAccountWithoutRoles() throws Exception {
            StaffAccount editor = staff(Role.EDITOR);
            mvc.perform(asAdmin(json(patch("/api/staff/" + editor.getId()), "{\"roles\":[]}")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("roles"));
        }

        @Test
        void onlyAdministratorsChangeOthersAndUnknownIdsAre404() throws Exception {
            StaffAccount editor = staff(Role.EDITOR);
            mvc.perform(json(patch("/api/staff/" + editor.getId()), "{\"role\":\"ADMIN\"}")
                            .with(httpBasic(editor.getUsername(), PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(json(post("/api/staff/" + editor.getId() + "/password"), "{\"password\":\"x-y-z-long-enough\"}")
                            .with(httpBasic(editor.getUsername(), PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(asAdmin(json(patch("/api/staff/999999"), "{\"enabled\":false}")))
                    .andExpect(status().isNotFound());
        }

        @Test
        void theLastAdministratorCannotBeDisabled() throws Exception {
            long self = accounts.findByUsername(ADMIN).orElseThrow().getId();
            boolean alone = accounts.all().stream()
                            .filter(a -> a.holds(Role.ADMIN) && Boolean.TRUE.equals(a.getEnabled()))
                            .count()
                    == 1;
            org.junit.jupiter.api.Assumptions.assumeTrue(alone, "another test made a second administrator");
            mvc.perform(asAdmin(json(patch("/api/staff/" + self), "{\"enabled\":false}")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("enabled"));
        }
    }
}
