package org.lotus.mp.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.content.section.Section;
import org.lotus.content.section.Sections;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.WechatFake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Editors publish the menu built from the sections; WeChat's limits and errors come back as clear JSON. */
class MenuPublishTest extends PortalTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Sections sections;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void resetWechat() {
        WechatFake.shared().reset();
    }

    @Test
    void publishesThreeTopButtonsWithTheSectionsAsClickButtonsAndAuditsIt() throws Exception {
        mvc.perform(post("/api/menu/publish").with(user("editor").roles("EDITOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.topButtons").value(3));

        assertThat(WechatFake.shared().menuRequests()).hasSize(1);
        String sent = WechatFake.shared().menuRequests().get(0).getBodyAsString();
        assertThat(sent).contains("\"key\":\"emergency\"", "\"type\":\"click\"", "紧急阻断", "健康权益");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'menu.published' AND actor = 'editor'",
                        Long.class))
                .isPositive();
    }

    @Test
    void opensPageSectionsSuchAsThePartnersWithViewButtonsToOurPages() throws Exception {
        mvc.perform(post("/api/menu/publish").with(user("editor").roles("EDITOR")))
                .andExpect(status().isOk());

        String sent = WechatFake.shared().menuRequests().get(0).getBodyAsString();
        assertThat(sent).contains("\"type\":\"view\"", "/m/sections/partners\"").doesNotContain("\"key\":\"partners\"");
    }

    @Nested
    class Refusals {

        @Test
        void reportsWechatsErrorCodeAs502() throws Exception {
            WechatFake.shared().refuseMenu(40018, "invalid button name size");

            mvc.perform(post("/api/menu/publish").with(user("editor").roles("EDITOR")))
                    .andExpect(status().isBadGateway())
                    .andExpect(jsonPath("$.errcode").value(40018))
                    .andExpect(jsonPath("$.errmsg").isNotEmpty());
        }

        @Test
        void namesTheSectionWhoseNameIsTooLong() throws Exception {
            Section section = sections.find("partners").orElseThrow();
            String name = section.getNameZh();
            section.setNameZh("合作机构".repeat(6));
            sections.update(section);
            try {
                mvc.perform(post("/api/menu/publish").with(user("editor").roles("EDITOR")))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.field").value("sections[partners].nameZh"));
            } finally {
                section.setNameZh(name);
                sections.update(section);
            }
            assertThat(WechatFake.shared().menuRequests()).isEmpty();
        }

        @Test
        void refusesModeratorsWhoAreNotEditors() throws Exception {
            mvc.perform(post("/api/menu/publish").with(user("m").roles("MODERATOR")))
                    .andExpect(status().isForbidden());
        }
    }
}
