package org.lotus.mp.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.lotus.content.PublicationStatus;
import org.lotus.content.article.PublishStep;
import org.lotus.mp.portal.Pushes;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two articles due in the same minute: WeChat's two PUBLISHJOBFINISH events come from {@code mphelper_system} in the
 * same second, and each ends its own article, through the callback portal as WeChat sends them.
 */
class SameMinutePublishingTest extends PublishingTest {

    private static final String TOKEN = "same-minute-token";
    private static final Pushes PUSHES =
            new Pushes("wx-test-app", TOKEN, "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");

    @DynamicPropertySource
    static void portalProperties(DynamicPropertyRegistry registry) {
        registry.add("wx.token", () -> TOKEN);
    }

    static String publishJobFinish(long createTime, String publishId, String articleId) {
        return "<xml><ToUserName><![CDATA[gh_lotus]]></ToUserName><FromUserName><![CDATA[mphelper_system]]>"
                + "</FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[PUBLISHJOBFINISH]]></Event><PublishEventInfo><publish_id>" + publishId
                + "</publish_id><publish_status>0</publish_status><article_id><![CDATA[" + articleId
                + "]]></article_id><article_detail><count>1</count><item><idx>1</idx><article_url><![CDATA["
                + "https://mp.weixin.qq.com/s/" + articleId + "]]></article_url></item></article_detail>"
                + "</PublishEventInfo></xml>";
    }

    @Test
    void endsBothArticlesScheduledForTheSameMinuteFromEventsOfTheSameSecond() throws Exception {
        WECHAT.publishStatus(1); // polls only hear "still publishing": the events decide
        long first = createArticle("同一分钟一", "<p>第一篇。</p>");
        long second = createArticle("同一分钟二", "<p>第二篇。</p>");
        Instant due = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        for (long id : new long[] {first, second}) {
            mvc.perform(post("/api/articles/" + id + "/schedule")
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"publishAt\":\"" + due + "\"}"))
                    .andExpect(status().isOk());
        }
        await().atMost(PUBLISHING)
                .until(() -> article(first).getPublishStep() == PublishStep.SUBMITTED
                        && article(second).getPublishStep() == PublishStep.SUBMITTED);

        long sameSecond = Pushes.now();
        for (long id : new long[] {first, second}) {
            mvc.perform(PUSHES.plaintext(
                            publishJobFinish(sameSecond, article(id).getPublishId(), "event-" + id)))
                    .andExpect(status().isOk());
        }

        await().atMost(PUBLISHING)
                .until(() -> article(first).getStatus() == PublicationStatus.PUBLISHED
                        && article(second).getStatus() == PublicationStatus.PUBLISHED);
        assertThat(article(first).getWechatArticleId()).isEqualTo("event-" + first);
        assertThat(article(second).getWechatArticleId()).isEqualTo("event-" + second);
    }
}
