package org.lotus.mp.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.staff.Role;
import org.lotus.mp.staff.StaffAccounts;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class ApiSecurityTest extends EmbeddedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAccounts accounts;

    private String staff(Role role, String password) {
        String username =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, password, role, null, "fr");
        return username;
    }

    @Test
    void firstAdministratorComesFromTheEnvironment() throws Exception {
        mvc.perform(get("/api/me").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(ADMIN))
                .andExpect(jsonPath("$.role").value("ADMIN"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
    }

    @Test
    void administratorCreatesStaffAccountsAndTheyAreAudited() throws Exception {
        String username = "mediatrice-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/staff")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username
                                + "\",\"password\":\"a-long-enough-secret\",\"role\":\"EDITOR\",\"language\":\"zh\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.role").value("EDITOR"));
        mvc.perform(get("/api/me").with(httpBasic(username, "a-long-enough-secret")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("zh"));
        mvc.perform(get("/api/audit").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("staff.create"))
                .andExpect(jsonPath("$[0].actor").value(ADMIN));
    }

    @Test
    void healthIsPublicAndSaysUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void otherActuatorEndpointsAreNotPublic() throws Exception {
        for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump"}) {
            int status = mvc.perform(get(endpoint)).andReturn().getResponse().getStatus();
            org.assertj.core.api.Assertions.assertThat(status).as(endpoint).isNotEqualTo(200);
        }
    }

    @Test
    void passwordsAreStoredHashed() {
        String username = staff(Role.EDITOR, "plain-text-never-kept");
        String hash = accounts.findByUsername(username).orElseThrow().getPasswordHash();
        org.assertj.core.api.Assertions.assertThat(hash).startsWith("{bcrypt}").doesNotContain("plain-text-never-kept");
    }

    @Nested
    class Refusals {

        @Test
        void rejectsRequestWithoutCredentials() throws Exception {
            mvc.perform(get("/api/me"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().doesNotExist("WWW-Authenticate"))
                    .andExpect(jsonPath("$.status").value(401));
        }

        @Test
        void rejectsWrongRoleWith403() throws Exception {
            String moderator = staff(Role.MODERATOR, "moderator-password");
            mvc.perform(get("/api/staff").with(httpBasic(moderator, "moderator-password")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.status").value(403));
            mvc.perform(get("/api/audit").with(httpBasic(moderator, "moderator-password")))
                    .andExpect(status().isForbidden());
        }

        @Test
        void invalidStaffFormIs400NamingTheField() throws Exception {
            mvc.perform(post("/api/staff")
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"x\",\"password\":\"short\",\"role\":\"EDITOR\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("password"));
        }

        @Test
        void duplicateUsernameIs400NamingTheField() throws Exception {
            mvc.perform(post("/api/staff")
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"" + ADMIN
                                    + "\",\"password\":\"a-long-enough-secret\",\"role\":\"EDITOR\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("username"));
        }

        @Test
        void malformedJsonIs400() throws Exception {
            mvc.perform(post("/api/staff")
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("malformed request body"));
        }

        @Test
        void unknownIdIs404() throws Exception {
            mvc.perform(get("/api/staff/999999").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.status").value(404));
        }
    }

    @Nested
    class RememberedPasswords {

        @Test
        void aChangedPasswordStopsWorkingAtOnce() throws Exception {
            String editor = staff(Role.EDITOR, "first-password-1");
            mvc.perform(get("/api/me").with(httpBasic(editor, "first-password-1")))
                    .andExpect(status().isOk());
            accounts.changePassword(accounts.findByUsername(editor).orElseThrow(), "second-password-2");
            mvc.perform(get("/api/me").with(httpBasic(editor, "first-password-1")))
                    .andExpect(status().isUnauthorized());
            mvc.perform(get("/api/me").with(httpBasic(editor, "second-password-2")))
                    .andExpect(status().isOk());
        }

        @Test
        void aDisabledAccountStopsWorkingAtOnce() throws Exception {
            String editor = staff(Role.EDITOR, "the-password-1");
            mvc.perform(get("/api/me").with(httpBasic(editor, "the-password-1")))
                    .andExpect(status().isOk());
            var account = accounts.findByUsername(editor).orElseThrow();
            account.setEnabled(false);
            accounts.update(account);
            mvc.perform(get("/api/me").with(httpBasic(editor, "the-password-1")))
                    .andExpect(status().isUnauthorized());
        }
    }

    @Nested
    class Lockout {

        @Test
        void locksAccountAfterRepeatedBadPasswords() throws Exception {
            String editor = staff(Role.EDITOR, "the-right-password");
            for (int i = 0; i < 5; i++) {
                mvc.perform(get("/api/me").with(httpBasic(editor, "wrong-" + i)).with(from("10.0.0.5")))
                        .andExpect(status().isUnauthorized());
            }
            mvc.perform(get("/api/me")
                            .with(httpBasic(editor, "the-right-password"))
                            .with(from("10.0.0.6")))
                    .andExpect(status().isUnauthorized());
        }

        @Test
        void administratorLiftsALockout() throws Exception {
            String editor = staff(Role.EDITOR, "the-right-password");
            for (int i = 0; i < 5; i++) {
                mvc.perform(get("/api/me").with(httpBasic(editor, "wrong")).with(from("10.0.2.5")));
            }
            long id = accounts.findByUsername(editor).orElseThrow().getId();
            mvc.perform(post("/api/staff/" + id + "/unlock").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                    .andExpect(status().isNoContent());
            mvc.perform(get("/api/me")
                            .with(httpBasic(editor, "the-right-password"))
                            .with(from("10.0.2.5")))
                    .andExpect(status().isOk());
        }

        @Test
        void successResetsTheAccountCounter() throws Exception {
            String editor = staff(Role.EDITOR, "the-right-password");
            for (int i = 0; i < 4; i++) {
                mvc.perform(get("/api/me").with(httpBasic(editor, "wrong")).with(from("10.0.1.5")));
            }
            mvc.perform(get("/api/me")
                            .with(httpBasic(editor, "the-right-password"))
                            .with(from("10.0.1.5")))
                    .andExpect(status().isOk());
            mvc.perform(get("/api/me").with(httpBasic(editor, "wrong")).with(from("10.0.1.5")));
            mvc.perform(get("/api/me")
                            .with(httpBasic(editor, "the-right-password"))
                            .with(from("10.0.1.5")))
                    .andExpect(status().isOk());
        }

        @Test
        void slowsDownAnAddressThatKeepsFailing() throws Exception {
            String address = "10.9.9.9";
            for (int i = 0; i < 40; i++) {
                mvc.perform(
                        get("/api/me").with(httpBasic("nobody-" + i, "guess")).with(from(address)));
            }
            mvc.perform(get("/api/me").with(httpBasic(ADMIN, ADMIN_PASSWORD)).with(from(address)))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(header().exists("Retry-After"));
            mvc.perform(get("/api/me").with(httpBasic(ADMIN, ADMIN_PASSWORD)).with(from("10.9.9.10")))
                    .andExpect(status().isOk());
        }

        private org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
            return request -> {
                request.setRemoteAddr(address);
                return request;
            };
        }
    }
}
