package org.lotus.mp.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Readers find every published article of a section, page by page, and move from one article to the next. */
class SectionArchivesTest extends EmbeddedTest {

    static final String SECTION = "self-defence";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    final List<Long> published = new ArrayList<>();

    /** Twelve published articles a day apart, a draft and an article of another section. */
    @BeforeEach
    void twelvePublishedArticles() {
        jdbc.update("DELETE FROM article WHERE section_key = ?", SECTION);
        LocalDateTime first = LocalDateTime.of(2026, 10, 1, 9, 0);
        for (int i = 1; i <= 12; i++) {
            published.add(article("防身课第" + i + "讲", SECTION, "PUBLISHED", first.plusDays(i)));
        }
        article("还没发布的草稿", SECTION, "DRAFT", null);
        article("别的栏目的文章", "rights", "PUBLISHED", first.plusDays(20));
    }

    long article(String title, String section, String status, LocalDateTime publishedAt) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.update(
                "INSERT INTO article (title, author, digest, body, section_key, language, status, published_title,"
                        + " published_digest, published_body, published_at, revision, created_at, updated_at)"
                        + " VALUES (?, 'Lotus', '摘要', '<p>正文</p>', ?, 'zh', ?, ?, '摘要', '<p>正文</p>', ?, 1, ?, ?)",
                title,
                section,
                status,
                "PUBLISHED".equals(status) ? title : null,
                publishedAt == null ? null : Timestamp.valueOf(publishedAt),
                now,
                now);
        return jdbc.queryForObject("SELECT MAX(id) FROM article", Long.class);
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void listsTheTenNewestArticlesFirstThenTheRestOnTheNextPage() throws Exception {
        String first = page("/m/sections/" + SECTION);
        String second = page("/m/sections/" + SECTION + "?page=2");

        assertThat(first).contains("防身课第12讲", "防身课第3讲", "第 1 / 2 页", "?page=2").doesNotContain("防身课第2讲<", "草稿", "别的栏目");
        assertThat(first.indexOf("防身课第12讲")).isLessThan(first.indexOf("防身课第11讲"));
        assertThat(second).contains("防身课第2讲", "防身课第1讲", "第 2 / 2 页").doesNotContain("防身课第3讲");
    }

    @Test
    void readsAnOutOfRangePageAsTheNearestOne() throws Exception {
        assertThat(page("/m/sections/" + SECTION + "?page=99")).contains("第 2 / 2 页");
        assertThat(page("/m/sections/" + SECTION + "?page=abc")).contains("第 1 / 2 页");
    }

    @Test
    void linksAnArticleToItsSectionAndToTheArticlesBeforeAndAfter() throws Exception {
        long fifth = published.get(4);
        String article = page("/m/articles/" + fifth);

        assertThat(article)
                .contains("上一篇：<a href=\"/m/articles/" + published.get(5) + "\" rel=\"prev\">防身课第6讲")
                .contains("下一篇：<a href=\"/m/articles/" + published.get(3) + "\" rel=\"next\">防身课第4讲")
                .contains("<a href=\"/m/sections/" + SECTION + "\">返回：");
        assertThat(page("/m/articles/" + published.get(11)))
                .doesNotContain("上一篇")
                .contains("下一篇");
    }

    @Test
    void showsTheSectionTextRewrittenWithTheCurrentLexicon() throws Exception {
        String before =
                jdbc.queryForObject("SELECT reply_text FROM section WHERE section_key = ?", String.class, SECTION);
        try {
            jdbc.update("UPDATE section SET reply_text = ? WHERE section_key = ?", "被强迫以后48小时内吃阻断药。", SECTION);

            assertThat(page("/m/sections/" + SECTION)).contains("吃保护药").doesNotContain("阻断药");
        } finally {
            jdbc.update("UPDATE section SET reply_text = ? WHERE section_key = ?", before, SECTION);
        }
    }

    @Test
    void showsThePartnerOrganisationsOnThePartnersPage() throws Exception {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.update(
                "INSERT INTO partner (name, services, address, status, published_at, created_at, updated_at)"
                        + " VALUES ('Médecins du Monde', '免费看病', '巴黎十区', 'PUBLISHED', ?, ?, ?)",
                now,
                now,
                now);

        assertThat(page("/m/sections/partners")).contains("合作机构", "Médecins du Monde", "免费看病", "巴黎十区");
    }

    @Test
    void putsTheLatestArticlesOnTheNewsPage() throws Exception {
        long news = article("十二月的检测日", "news", "PUBLISHED", LocalDateTime.now().minusHours(1));

        assertThat(page("/m/sections/news")).contains("最新文章", "十二月的检测日", "/m/articles/" + news);
    }
}
