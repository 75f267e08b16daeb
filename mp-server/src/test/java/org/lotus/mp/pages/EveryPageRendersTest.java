package org.lotus.mp.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lotus.mp.comments.ReaderMessages;
import org.lotus.mp.readers.Readers;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Opens every reader page and every CMS page, as each role that may see it, with content of every kind and state in
 * the database (see {@link RealData}), and expects each to render. A new page is one line in {@link #PAGES};
 * {@code {name}} in a path is an id made by {@link RealData}, {@code {section}} stands for every section.
 */
class EveryPageRendersTest extends EmbeddedTest {

    private static final String READER = "READER";

    /** Path, then the roles that may open it ({@value #READER}: a reader's phone, without sign-in). */
    static final List<Page> PAGES = List.of(
            new Page("/m/sections/{section}", READER),
            new Page("/m/articles/{published}", READER),
            new Page("/m/articles/{news}", READER),
            new Page("/login", READER),
            new Page("/cms", "ADMIN", "EDITOR", "MODERATOR"),
            new Page("/cms/articles", "ADMIN", "EDITOR"),
            new Page("/cms/articles/new", "ADMIN", "EDITOR"),
            new Page("/cms/articles/{published}", "ADMIN", "EDITOR"),
            new Page("/cms/articles/{scheduled}", "ADMIN", "EDITOR"),
            new Page("/cms/articles/{failed}", "ADMIN", "EDITOR"),
            new Page("/cms/articles/{review}", "ADMIN", "EDITOR"),
            new Page("/cms/articles/{draft}", "ADMIN", "EDITOR"),
            new Page("/cms/sections", "ADMIN", "EDITOR"),
            new Page("/cms/sections/{section}", "ADMIN", "EDITOR"),
            new Page("/cms/announcements", "ADMIN", "EDITOR"),
            new Page("/cms/announcements/{currentAnnouncement}", "ADMIN", "EDITOR"),
            new Page("/cms/announcements/{futureAnnouncement}", "ADMIN", "EDITOR"),
            new Page("/cms/announcements/{draftAnnouncement}", "ADMIN", "EDITOR"),
            new Page("/cms/partners", "ADMIN", "EDITOR"),
            new Page("/cms/partners/{partner}", "ADMIN", "EDITOR"),
            new Page("/cms/comments", "ADMIN", "MODERATOR"),
            new Page("/cms/comments?urgent=true", "ADMIN", "MODERATOR"),
            new Page("/cms/comments?open=true", "ADMIN", "MODERATOR"),
            new Page("/cms/comments/templates", "ADMIN", "MODERATOR"),
            new Page("/cms/lexicon", "ADMIN"),
            new Page("/cms/staff", "ADMIN"),
            new Page("/cms/audit", "ADMIN"),
            new Page("/cms/alerts", "ADMIN", "MODERATOR"),
            new Page("/cms/outreach", "ADMIN", "MODERATOR"),
            new Page("/cms/password", "ADMIN", "EDITOR", "MODERATOR"));

    private static Map<String, String> ids;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReaderMessages messages;

    @Autowired
    Readers readers;

    /** One page to open: its path and who may open it. */
    record Page(String path, String... roles) {}

    @BeforeEach
    void contentOfEveryKindExists() throws Exception {
        synchronized (EveryPageRendersTest.class) {
            if (ids == null) {
                ids = new RealData(mvc, jdbc, messages, readers).create();
            }
        }
    }

    @Test
    void showsReadersTheCurrentAnnouncementOnTheNewsPageButNotTheFutureOne() throws Exception {
        String page = mvc.perform(get("/m/sections/news"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("防身课", "协会活动室").doesNotContain("新年聚会");
    }

    static Stream<Arguments> pagesByRole() {
        return PAGES.stream().flatMap(page -> Stream.of(page.roles()).map(role -> Arguments.of(page.path(), role)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("pagesByRole")
    void rendersWithRealData(String path, String role) throws Exception {
        List<String> paths = path.contains("{section}")
                ? jdbc.queryForList("SELECT section_key FROM section ORDER BY position", String.class).stream()
                        .map(key -> path.replace("{section}", key))
                        .toList()
                : List.of(path);
        for (String each : paths) {
            renders(each, role);
        }
    }

    private void renders(String path, String role) throws Exception {
        String resolved = path;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            resolved = resolved.replace("{" + id.getKey() + "}", id.getValue());
        }
        assertThat(resolved).as("every placeholder has data").doesNotContain("{");
        MockHttpServletRequestBuilder request = get(resolved);
        if (!READER.equals(role)) {
            request.with(user(ADMIN).roles(role));
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(resolved + " as " + role).isEqualTo(200);
        assertThat(body)
                .doesNotContain("FreeMarker", "freemarker.core", "Exception")
                .contains("</html>");
    }
}
