package org.lotus.mp.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.WechatFake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The channels page of the CMS: creating a channel, and a refused one keeping what was typed. */
class ChannelPagesTest extends PortalTest {

    @Autowired
    MockMvc mvc;

    @Test
    void createsAChannelWhoseCodeShowsOnThePage() throws Exception {
        WechatFake.shared().givenQrCodeUrl("http://weixin.qq.com/q/" + UUID.randomUUID());

        mvc.perform(post("/cms/channels")
                        .with(user("mediatrice").roles("EDITOR"))
                        .with(csrf())
                        .param("name", "Atelier autodéfense")
                        .param("note", "samedi"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "channels.created"));

        String page = mvc.perform(get("/cms/channels").with(user("mediatrice").roles("EDITOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Atelier autodéfense", "class=\"channel-qr\"", "Carte A6 à imprimer");
    }

    @Nested
    class Refusals {

        @Test
        void keepsWhatWasTypedWhenTheNameIsMissing() throws Exception {
            MvcResult refused = mvc.perform(post("/cms/channels")
                            .with(user("mediatrice").roles("EDITOR"))
                            .with(csrf())
                            .param("name", " ")
                            .param("note", "flyers du printemps"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("fieldError", "name"))
                    .andReturn();

            String page = mvc.perform(get("/cms/channels")
                            .with(user("mediatrice").roles("EDITOR"))
                            .flashAttrs(refused.getFlashMap()))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("Donnez un nom au canal", "value=\"flyers du printemps\"");
        }

        @Test
        void isForEditorsOnly() throws Exception {
            mvc.perform(get("/cms/channels").with(user("benevole").roles("MODERATOR")))
                    .andExpect(status().isForbidden());
        }
    }
}
