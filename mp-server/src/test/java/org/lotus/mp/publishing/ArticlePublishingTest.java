package org.lotus.mp.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.content.PublicationStatus;
import org.lotus.content.article.Article;
import org.lotus.content.article.PublishStep;
import org.lotus.content.section.SectionContent;
import org.lotus.mp.wechat.PublishJobFinished;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;

class ArticlePublishingTest extends PublishingTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    SectionContent sectionContent;

    @Test
    void submitsAScheduledArticleOnceAndEndsPublishedOnWechatsEvent() throws Exception {
        WECHAT.publishStatus(1); // a poll that comes first only hears "still publishing": the event decides
        long id = createArticle("领取安全套", "<p>每周四可以领取安全套。</p>");
        Instant due = Instant.now().plusSeconds(2);
        mvc.perform(post("/api/articles/" + id + "/schedule")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"publishAt\":\"" + due + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SCHEDULED"));

        Article submitted = awaitStep(id, PublishStep.SUBMITTED);
        assertThat(WECHAT.requests("freepublish/submit", submitted.getDraftMediaId()))
                .hasSize(1);
        assertThat(WECHAT.requests("draft/add", submitted.getDraftMediaId())).isEmpty();
        assertThat(submitted.getPublishedTitle()).isEqualTo("领取工具");

        events.publishEvent(new PublishJobFinished(
                submitted.getPublishId(),
                0,
                "article-from-event",
                List.of(new PublishJobFinished.PublishedItem(1, "https://mp.weixin.qq.com/s/event")),
                List.of(),
                Instant.now()));

        mvc.perform(get("/api/articles/" + id).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.wechatArticleId").value("article-from-event"))
                .andExpect(jsonPath("$.wechatUrl").value("https://mp.weixin.qq.com/s/event"));
        assertThat(sectionContent.latestArticle("health"))
                .get()
                .extracting(SectionContent.ArticleLink::url)
                .isEqualTo("https://mp.weixin.qq.com/s/event");
    }

    @Test
    void endsPublishedFromAPollWhenTheEventDoesNotCome() {
        long id = createAndPublish("<p>没有事件也能完成。</p>");
        await().atMost(PUBLISHING).until(() -> article(id).getStatus() == PublicationStatus.PUBLISHED);
        assertThat(article(id).getWechatUrl()).isEqualTo(WechatFake.ARTICLE_URL);
        assertThat(WECHAT.requests("freepublish/get", article(id).getPublishId()))
                .isNotEmpty();
    }

    @Test
    void uploadsBodyImagesAndPointsTheDraftAtWechatsCopies() throws Exception {
        byte[] png = DefaultCoverBytes.png();
        long image = json(mvc.perform(post("/api/images")
                                .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                                .contentType(MediaType.IMAGE_PNG)
                                .content(png))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .path("id")
                .asLong();
        long id = createAndPublish("<p>看图</p><img src=\"/m/images/" + image + "\" alt=\"地图\">"
                + "<img src=\"https://tracker.example.com/pixel.gif\">");

        Article submitted = awaitStep(id, PublishStep.SUBMITTED);
        String draft = WECHAT.requests("draft/add").get(0).getBodyAsString();
        assertThat(draft).contains(WechatFake.BODY_IMAGE_URL).doesNotContain("/m/images/", "tracker.example.com");
        assertThat(WECHAT.requests("media/uploadimg")).hasSize(1);
        assertThat(WECHAT.requests("material/add_material")).hasSizeLessThanOrEqualTo(1);
        assertThat(submitted.getPublishedBody()).contains("/m/images/" + image);
    }

    @Test
    void holdsABlockedTermForReviewWithTheFindingsListed() throws Exception {
        long id = createAndPublish("<p>如果遇到强奸，请马上联系我们。</p>");

        await().atMost(PUBLISHING).until(() -> article(id).getStatus() == PublicationStatus.NEEDS_REVIEW);
        mvc.perform(get("/api/articles/" + id).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.findings[0].field").value("body"))
                .andExpect(jsonPath("$.findings[0].term").value("强奸"))
                .andExpect(jsonPath("$.findings[0].category").value("violence"));
        assertThat(WECHAT.requests("draft/add")).isEmpty();
        assertThat(WECHAT.requests("freepublish/submit")).isEmpty();
    }

    @Nested
    class AfterACrash {

        @Autowired
        PublishingJobs jobs;

        @Test
        void holdsForReviewInsteadOfResubmittingAnArticleCaughtWhileSubmitting() throws Exception {
            long id = createArticle("崩溃", "<p>提交时崩溃。</p>");
            articles.schedule(id, org.lotus.content.UtcTime.now().plusDays(1));
            assertThat(articles.claim(id)).isTrue();
            assertThat(articles.drafted(id, "draft-before-crash", "崩溃", "", "<p>提交时崩溃。</p>"))
                    .isTrue();
            assertThat(articles.beginSubmit(id)).isTrue();

            jobs.run(ContentRef.article(id));

            assertThat(article(id).getStatus()).isEqualTo(PublicationStatus.NEEDS_REVIEW);
            assertThat(article(id).getStatusReason()).contains("stopped while submitting");
            assertThat(WECHAT.requests("freepublish/submit")).isEmpty();
        }

        @Test
        void resumesADraftedArticleWithoutUploadingAgain() throws Exception {
            long id = createArticle("续传", "<p>已有草稿。</p>");
            articles.schedule(id, org.lotus.content.UtcTime.now().plusDays(1));
            articles.claim(id);
            articles.drafted(id, "draft-kept", "续传", "", "<p>已有草稿。</p>");

            jobs.run(ContentRef.article(id));

            assertThat(article(id).getPublishStep()).isEqualTo(PublishStep.SUBMITTED);
            assertThat(WECHAT.requests("draft/add")).isEmpty();
            assertThat(WECHAT.requests("freepublish/submit", "draft-kept")).hasSize(1);
        }

        @Test
        void keepsTheFirstVerdictWhenASecondOneArrives() {
            long id = createAndPublish("<p>事件与轮询。</p>");
            Article submitted = awaitStep(id, PublishStep.SUBMITTED);

            events.publishEvent(new PublishJobFinished(
                    submitted.getPublishId(), 0, "article-event", List.of(), List.of(), Instant.now()));
            events.publishEvent(
                    new PublishJobFinished(submitted.getPublishId(), 4, null, List.of(), List.of(), Instant.now()));

            assertThat(article(id).getStatus()).isEqualTo(PublicationStatus.PUBLISHED);
            assertThat(article(id).getWechatArticleId()).isEqualTo("article-event");
        }
    }

    @Nested
    class WhenWechatFails {

        @Test
        void refreshesTheTokenOnceOn40001AndCarriesOn() {
            WECHAT.failOnce("draft/add", WechatFake.error(40001, "invalid credential"));
            long id = createAndPublish("<p>令牌过期。</p>");

            Article submitted = awaitStep(id, PublishStep.SUBMITTED);
            assertThat(WECHAT.requests("draft/add")).hasSize(2);
            assertThat(WECHAT.requests("stable_token", "\"force_refresh\":true"))
                    .isNotEmpty();
            assertThat(WECHAT.requests("freepublish/submit", submitted.getDraftMediaId()))
                    .hasSize(1);
        }

        @Test
        void backsOffAndRetriesWhenWechatIsBusy() {
            WECHAT.failOnce("freepublish/submit", WechatFake.error(-1, "system error"));
            long id = createAndPublish("<p>系统繁忙。</p>");

            Article submitted = awaitStep(id, PublishStep.SUBMITTED);
            assertThat(WECHAT.requests("freepublish/submit", submitted.getDraftMediaId()))
                    .hasSize(2);
            assertThat(submitted.getPublishId()).isNotBlank();
        }

        @Test
        void retriesAfterAServerError() {
            WECHAT.failOnce("draft/add", WechatFake.serverError());
            long id = createAndPublish("<p>服务器错误。</p>");

            awaitStep(id, PublishStep.SUBMITTED);
            assertThat(WECHAT.requests("draft/add")).hasSize(2);
        }

        @Test
        void retriesADraftThatTimedOut() {
            WECHAT.failOnce("draft/add", WechatFake.slow(WechatFake.error(0, "ok"), 2500));
            long id = createAndPublish("<p>超时。</p>");

            awaitStep(id, PublishStep.SUBMITTED);
            assertThat(WECHAT.requests("draft/add")).hasSizeGreaterThanOrEqualTo(2);
        }

        @Test
        void neverResubmitsWhenTheSubmitTimedOut() {
            WECHAT.failAlways(
                    "freepublish/submit",
                    WechatFake.slow(
                            WechatFake.error(0, "ok").withBody("{\"errcode\":0,\"publish_id\":\"late\"}"), 2500));
            long id = createAndPublish("<p>提交超时。</p>");

            await().atMost(PUBLISHING).until(() -> article(id).getStatus() == PublicationStatus.NEEDS_REVIEW);
            assertThat(article(id).getStatusReason()).contains("may have received");
            assertThat(WECHAT.requests("freepublish/submit")).hasSize(1);
        }

        @Test
        void failsWithAQuotaMessageOn45009() {
            WECHAT.failAlways("draft/add", WechatFake.error(45009, "reach max api daily quota limit"));
            long id = createAndPublish("<p>配额用完。</p>");

            await().atMost(PUBLISHING).until(() -> article(id).getStatus() == PublicationStatus.FAILED);
            assertThat(article(id).getStatusReason()).contains("quota").contains("45009");
            assertThat(WECHAT.requests("freepublish/submit")).isEmpty();
        }

        @Test
        void failsWithWechatsReasonWhenReviewRefusesIt() {
            WECHAT.publishStatus(4);
            long id = createAndPublish("<p>审核不通过。</p>");

            await().atMost(PUBLISHING).until(() -> article(id).getStatus() == PublicationStatus.FAILED);
            assertThat(article(id).getStatusReason()).contains("publish_status 4");
        }

        @Test
        void publishesOnOurOwnPagesWhenTheAccountLacksFreepublish() {
            WECHAT.failAlways("freepublish/submit", WechatFake.error(48001, "api unauthorized"));
            long id = createAndPublish("<p>没有发布权限。</p>");

            await().atMost(PUBLISHING).until(() -> article(id).getStatus() == PublicationStatus.PUBLISHED);
            assertThat(article(id).getWechatUrl()).isNull();
            assertThat(sectionContent.latestArticle("health"))
                    .get()
                    .extracting(SectionContent.ArticleLink::url)
                    .isEqualTo("https://lotus.example.org/m/articles/" + id);
        }

        @Test
        void givesUpAfterTheLastRetry() {
            WECHAT.failAlways("draft/add", WechatFake.serverError());
            long id = createAndPublish("<p>一直失败。</p>");

            await().atMost(PUBLISHING).until(() -> article(id).getStatus() == PublicationStatus.FAILED);
            assertThat(article(id).getStatusReason()).contains("gave up").contains("HTTP 500");
            assertThat(WECHAT.requests("draft/add")).hasSize(4);
        }
    }

    private long createAndPublish(String body) {
        try {
            long id = createArticle("测试文章", body);
            publishNow(id);
            return id;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Article awaitStep(long id, PublishStep step) {
        await().atMost(PUBLISHING).until(() -> {
            Article article = article(id);
            return article.getPublishStep() == step || article.getStatus() == PublicationStatus.PUBLISHED;
        });
        return article(id);
    }
}
