package org.lotus.mp.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.staff.Role;
import org.lotus.mp.staff.StaffAccount;
import org.lotus.mp.staff.StaffAccounts;
import org.lotus.mp.staff.StaffLifecycle;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The staff page and the change-password page; open CMS sessions follow an administrator's changes at once. */
class StaffPagesTest extends EmbeddedTest {

    static final String PASSWORD = "mots-de-passe-du-test";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    StaffLifecycle lifecycle;

    private StaffAccount staff(Role role) {
        String username =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(username, PASSWORD, role, null, "fr");
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(password))
                .andExpect(redirectedUrl("/cms"))
                .andReturn()
                .getRequest()
                .getSession(false);
    }

    @Test
    void aDisabledAccountsOpenSessionEndsOnItsNextRequest() throws Exception {
        StaffAccount editor = staff(Role.EDITOR);
        MockHttpSession session = signIn(editor.getUsername(), PASSWORD);
        mvc.perform(get("/cms/articles").session(session)).andExpect(status().isOk());

        lifecycle.update(editor.getId(), false, null);

        mvc.perform(get("/cms/articles").session(session)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(formLogin().user(editor.getUsername()).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void changedRolesApplyToTheOpenSession() throws Exception {
        StaffAccount editor = staff(Role.EDITOR);
        MockHttpSession session = signIn(editor.getUsername(), PASSWORD);
        mvc.perform(get("/cms/comments").session(session)).andExpect(status().isForbidden());

        lifecycle.update(editor.getId(), null, EnumSet.of(Role.EDITOR, Role.MODERATOR));
        mvc.perform(get("/cms/comments").session(session)).andExpect(status().isOk());

        lifecycle.update(editor.getId(), null, EnumSet.of(Role.MODERATOR));
        mvc.perform(get("/cms/articles").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void aTemporaryPasswordLeadsToTheChangePasswordPageFirst() throws Exception {
        StaffAccount moderator = staff(Role.MODERATOR);
        lifecycle.resetPassword(moderator.getId(), "provisoire-pour-toi");
        MockHttpSession session = signIn(moderator.getUsername(), "provisoire-pour-toi");

        mvc.perform(get("/cms/comments").session(session)).andExpect(redirectedUrl("/cms/password"));
        mvc.perform(get("/cms/password").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("choisissez le vôtre pour continuer")));

        mvc.perform(post("/cms/password")
                        .session(session)
                        .with(csrf())
                        .param("current", "provisoire-pour-toi")
                        .param("password", "ma-phrase-a-moi-seule")
                        .param("confirmation", "ma-phrase-a-moi-seule"))
                .andExpect(redirectedUrl("/cms"));
        mvc.perform(get("/cms/comments").session(session)).andExpect(status().isOk());
        assertThat(accounts.findById(moderator.getId()).orElseThrow().mustChangePassword())
                .isFalse();
    }

    @Test
    void administratorDisablesGivesRolesAndSetsATemporaryPassword() throws Exception {
        StaffAccount editor = staff(Role.EDITOR);
        MockHttpSession admin = signIn(ADMIN, ADMIN_PASSWORD);
        String base = "/cms/staff/" + editor.getId();

        mvc.perform(post(base + "/roles")
                        .session(admin)
                        .with(csrf())
                        .param("roles", "EDITOR")
                        .param("roles", "MODERATOR"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/enabled").session(admin).with(csrf()).param("enabled", "false"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/password")
                        .session(admin)
                        .with(csrf())
                        .param("temporaryPassword", "nouveau-provisoire"))
                .andExpect(status().is3xxRedirection());

        StaffAccount changed = accounts.findById(editor.getId()).orElseThrow();
        assertThat(changed.roleSet()).isEqualTo(Set.of(Role.EDITOR, Role.MODERATOR));
        assertThat(changed.getEnabled()).isFalse();
        assertThat(changed.mustChangePassword()).isTrue();

        mvc.perform(get("/cms/staff").session(admin))
                .andExpect(content().string(Matchers.containsString("Désactivé")))
                .andExpect(content().string(Matchers.containsString("doit changer son mot de passe")));
    }

    @Test
    void theStaffPageDescribesEachRoleInFrenchAndChinese() throws Exception {
        MockHttpSession admin = signIn(ADMIN, ADMIN_PASSWORD);
        mvc.perform(get("/cms/staff?lang=fr").session(admin))
                .andExpect(content().string(Matchers.containsString("Lit et écoute les messages des lectrices")));
        mvc.perform(get("/cms/staff?lang=zh").session(admin))
                .andExpect(content().string(Matchers.containsString("阅读和收听读者留言")))
                .andExpect(content().string(Matchers.containsString("撰写和发布文章")));
        mvc.perform(get("/cms/staff?lang=fr").session(admin));
    }

    @Nested
    class Refusals {

        @Test
        void aWeakTemporaryPasswordIsRefusedOnItsLine() throws Exception {
            StaffAccount editor = staff(Role.EDITOR);
            MockHttpSession admin = signIn(ADMIN, ADMIN_PASSWORD);
            mvc.perform(post("/cms/staff/" + editor.getId() + "/password")
                            .session(admin)
                            .with(csrf())
                            .param("temporaryPassword", "password1234"))
                    .andExpect(redirectedUrl("/cms/staff#staff-" + editor.getId()));
            mvc.perform(get("/cms/staff").session(admin))
                    .andExpect(content().string(Matchers.containsString("ce mot de passe est trop courant")));
            assertThat(accounts.findById(editor.getId()).orElseThrow().mustChangePassword())
                    .isFalse();
        }

        @Test
        void aNewAccountWithACommonPasswordKeepsWhatWasTyped() throws Exception {
            MockHttpSession admin = signIn(ADMIN, ADMIN_PASSWORD);
            mvc.perform(post("/cms/staff")
                            .session(admin)
                            .with(csrf())
                            .param("username", "nouvelle-collegue")
                            .param("password", "iloveyou1234")
                            .param("roles", "MODERATOR")
                            .param("language", "zh"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("value=\"nouvelle-collegue\"")))
                    .andExpect(content().string(Matchers.containsString("ce mot de passe est trop courant")));
            assertThat(accounts.findByUsername("nouvelle-collegue")).isEmpty();
        }

        @Test
        void theChangePasswordPageSaysWhatIsWrong() throws Exception {
            StaffAccount editor = staff(Role.EDITOR);
            MockHttpSession session = signIn(editor.getUsername(), PASSWORD);
            mvc.perform(post("/cms/password")
                            .session(session)
                            .with(csrf())
                            .param("current", PASSWORD)
                            .param("password", "une-phrase-assez-longue")
                            .param("confirmation", "une-autre-phrase-longue"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("ne sont pas identiques")));
        }

        @Test
        void theSignInPageSaysTheSameForLockedUnknownAndWrong() throws Exception {
            StaffAccount editor = staff(Role.EDITOR);
            for (int i = 0; i < 5; i++) {
                mvc.perform(formLogin().user(editor.getUsername()).password("faux-" + i));
            }
            String locked = loginErrorAfter(editor.getUsername(), PASSWORD);
            String unknown = loginErrorAfter("personne-" + UUID.randomUUID(), PASSWORD);
            String wrong = loginErrorAfter(ADMIN, "pas-le-bon");
            assertThat(locked).isEqualTo(unknown).isEqualTo(wrong).contains("Identifiant ou mot de passe incorrect");
        }

        private String loginErrorAfter(String username, String password) throws Exception {
            MockHttpSession session =
                    (MockHttpSession) mvc.perform(formLogin().user(username).password(password))
                            .andExpect(redirectedUrl("/login?error"))
                            .andReturn()
                            .getRequest()
                            .getSession();
            String page = mvc.perform(get("/login").param("error", "").session(session))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            int start = page.indexOf("id=\"login-error\"");
            return page.substring(start, page.indexOf("</p>", start));
        }
    }
}
