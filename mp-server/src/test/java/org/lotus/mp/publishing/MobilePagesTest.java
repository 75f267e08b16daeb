package org.lotus.mp.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.content.PublicationStatus;

class MobilePagesTest extends PublishingTest {

    @Test
    void showsAPublishedArticleRewrittenInChineseWithNothingExternal() throws Exception {
        long id = createArticle("安全套在哪里拿", "<p>每周四在 Belleville 领取安全套。</p>");
        publishNow(id);
        await().atMost(PUBLISHING).until(() -> article(id).getStatus() == PublicationStatus.PUBLISHED);

        String page = mvc.perform(get("/m/articles/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("<html lang=\"zh-CN\">", "工具在哪里拿", "领取工具")
                .doesNotContain("安全套", "<script", "http://", "https://", "style=");
    }

    @Test
    void listsTheSectionTextAndItsPublishedArticles() throws Exception {
        long id = createArticle("健康小贴士", "<p>多喝水。</p>");
        publishNow(id);
        await().atMost(PUBLISHING).until(() -> article(id).getStatus() == PublicationStatus.PUBLISHED);

        String page = mvc.perform(get("/m/sections/health"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("健康小贴士", "/m/articles/" + id).doesNotContain("https://");
    }

    @Nested
    class AnswersNotFound {

        @Test
        void forAnUnknownSection() throws Exception {
            assertThat(mvc.perform(get("/m/sections/casino"))
                            .andExpect(status().isNotFound())
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .contains("找不到");
        }

        @Test
        void forAnArticleNotPublished() throws Exception {
            long id = createArticle("草稿", "<p>草稿</p>");
            mvc.perform(get("/m/articles/" + id)).andExpect(status().isNotFound());
            mvc.perform(get("/m/articles/abc")).andExpect(status().isNotFound());
        }
    }
}
