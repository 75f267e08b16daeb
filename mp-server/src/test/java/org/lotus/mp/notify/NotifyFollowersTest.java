package org.lotus.mp.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.portal.Pushes;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.PublishedContent;
import org.lotus.mp.support.WechatFake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** Notifying followers of an article or announcement: a preview, then one send, never two. */
@TestPropertySource(properties = {"lotus.notify.per-day=50", "lotus.notify.per-month=500"})
class NotifyFollowersTest extends PortalTest {

    static final Pushes PUSHES = new Pushes(APPID, TOKEN, AES_KEY);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void acceptingWechat() {
        WechatFake.shared().reset();
    }

    ResultActions ask(String path, String json) throws Exception {
        return mvc.perform(post(path)
                .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    static List<LoggedRequest> about(List<LoggedRequest> requests, String needle) {
        return requests.stream()
                .filter(r -> r.getBodyAsString().contains(needle))
                .toList();
    }

    @Test
    void sendsAPreviewThenOneSendToAllFollowersEvenWhenTheRequestsAreRepeated() throws Exception {
        long article = PublishedContent.article(jdbc, "免费检测时间", "health");
        String path = "/api/articles/" + article + "/notify";
        String link = "/m/articles/" + article + "\\\"";

        ask(path, "{\"preview\":true,\"towxname\":\"mediatrice-lotus\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PREVIEWED"));
        ask(path, "{\"preview\":true,\"towxname\":\"mediatrice-lotus\"}").andExpect(status().isOk());
        ask(path, "{\"preview\":false}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.msgId").value("34182"));
        ask(path, "{\"preview\":false}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("already-sent"));

        List<LoggedRequest> previews = about(WechatFake.shared().massPreviews(), link);
        List<LoggedRequest> sends = about(WechatFake.shared().massSends(), link);
        assertThat(previews).hasSize(1);
        assertThat(sends).hasSize(1);
        var preview = JsonMapper.shared().readTree(previews.get(0).getBodyAsString());
        var send = JsonMapper.shared().readTree(sends.get(0).getBodyAsString());
        assertThat(preview.path("towxname").asString()).isEqualTo("mediatrice-lotus");
        assertThat(send.path("filter").path("is_to_all").asBoolean()).isTrue();
        assertThat(send.path("clientmsgid").asString()).isEqualTo("lotus-article-" + article);
        assertThat(send.path("text").path("content").asString())
                .isEqualTo(preview.path("text").path("content").asString())
                .startsWith("姐妹你好")
                .doesNotContain("检测");
    }

    @Test
    void notifiesOfAnAnnouncementWithALinkToTheNewsPage() throws Exception {
        long announcement = PublishedContent.announcement(jdbc, "周四活动取消");
        String path = "/api/announcements/" + announcement + "/notify";

        ask(path, "{\"preview\":true,\"towxname\":\"coordination-lotus\",\"text\":\"你好，有新消息：\"}")
                .andExpect(status().isOk());
        ask(path, "{\"preview\":false}").andExpect(status().isOk());

        assertThat(about(WechatFake.shared().massSends(), "lotus-announcement-" + announcement))
                .singleElement()
                .satisfies(r -> assertThat(r.getBodyAsString()).contains("/m/sections/news", "你好，有新消息："));
    }

    @Test
    void recordsWechatsResultOfTheSend() throws Exception {
        long article = PublishedContent.article(jdbc, "医保申请", "insurance");
        String path = "/api/articles/" + article + "/notify";
        ask(path, "{\"preview\":true,\"towxname\":\"mediatrice-lotus\"}").andExpect(status().isOk());
        ask(path, "{\"preview\":false}").andExpect(status().isOk());
        String finished = "<xml><ToUserName><![CDATA[gh_lotus]]></ToUserName><FromUserName><![CDATA[oSystem]]>"
                + "</FromUserName><CreateTime>" + Pushes.now() + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[MASSSENDJOBFINISH]]></Event><MsgID>34182</MsgID>"
                + "<Status><![CDATA[send success]]></Status><TotalCount>120</TotalCount><FilterCount>118</FilterCount>"
                + "<SentCount>117</SentCount><ErrorCount>1</ErrorCount></xml>";

        mvc.perform(PUSHES.encrypted(finished)).andExpect(status().isOk());

        mvc.perform(get(path).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.sentCount").value(117))
                .andExpect(jsonPath("$.result.filterCount").value(118))
                .andExpect(jsonPath("$.result.errorCount").value(1));
    }

    @Test
    void offersTheNotifyPageFromPublishedArticlesAndAnnouncements() throws Exception {
        long article = PublishedContent.article(jdbc, "免费检测地点", "health");
        long announcement = PublishedContent.announcement(jdbc, "新的活动时间");

        String articlePage = mvc.perform(
                        get("/cms/articles/" + article)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("mediatrice")
                                        .roles("EDITOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String announcements = mvc.perform(
                        get("/cms/announcements")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("mediatrice")
                                        .roles("EDITOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(articlePage).contains("href=\"/cms/notify/article/" + article + "\"");
        assertThat(announcements).contains("href=\"/cms/notify/announcement/" + announcement + "\"");
    }

    @Nested
    class Refusals {

        @Test
        void refusesToSendWithoutAPreview() throws Exception {
            long article = PublishedContent.article(jdbc, "紧急阻断", "emergency");

            ask("/api/articles/" + article + "/notify", "{\"preview\":false}")
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.reason").value("preview-first"))
                    .andExpect(jsonPath("$.quota.perDay").value(50));
            assertThat(about(WechatFake.shared().massSends(), "lotus-article-" + article))
                    .isEmpty();
        }

        @Test
        void refusesToNotifyOfAnUnpublishedArticle() throws Exception {
            long draft = PublishedContent.draftArticle(jdbc, "草稿");

            ask("/api/articles/" + draft + "/notify", "{\"preview\":true,\"towxname\":\"mediatrice-lotus\"}")
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.reason").value("not-published"));
        }

        @Test
        void refusesAPreviewWithoutAWechatId() throws Exception {
            long article = PublishedContent.article(jdbc, "权利", "rights");

            ask("/api/articles/" + article + "/notify", "{\"preview\":true}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("towxname"));
        }

        @Test
        void explainsWechatsQuotaAndLetsTheItemBeSentLater() throws Exception {
            long article = PublishedContent.article(jdbc, "自我保护", "self-defence");
            String path = "/api/articles/" + article + "/notify";
            ask(path, "{\"preview\":true,\"towxname\":\"mediatrice-lotus\"}").andExpect(status().isOk());
            WechatFake.shared().refuseMassSend(45028, "has no masssend quota");

            ask(path, "{\"preview\":false}")
                    .andExpect(status().isBadGateway())
                    .andExpect(jsonPath("$.errcode").value(45028))
                    .andExpect(jsonPath("$.kind").value("QUOTA"));
            mvc.perform(get(path).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                    .andExpect(jsonPath("$.status").value("FAILED"));

            WechatFake.shared().reset();
            ask(path, "{\"preview\":false}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("SENT"));
        }

        @Test
        void holdsASendWechatDidNotAnswerForReviewAndNeverSendsItAgain() throws Exception {
            long article = PublishedContent.article(jdbc, "陪同看病", "health");
            String path = "/api/articles/" + article + "/notify";
            ask(path, "{\"preview\":true,\"towxname\":\"mediatrice-lotus\"}").andExpect(status().isOk());
            WechatFake.shared().dropMassSendAnswers();

            ask(path, "{\"preview\":false}")
                    .andExpect(status().isBadGateway())
                    .andExpect(jsonPath("$.kind").value("UNCERTAIN"));
            assertThat(about(WechatFake.shared().massSends(), "lotus-article-" + article))
                    .hasSize(1);
            WechatFake.shared().reset();
            ask(path, "{\"preview\":false}")
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.reason").value("needs-review"));
            ask(path, "{\"preview\":true,\"towxname\":\"mediatrice-lotus\"}").andExpect(status().isConflict());

            mvc.perform(get(path).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                    .andExpect(jsonPath("$.status").value("NEEDS_REVIEW"));
            assertThat(WechatFake.shared().massSends()).isEmpty();
        }

        @Test
        void answersNotFoundForAnUnknownArticle() throws Exception {
            ask("/api/articles/987654/notify", "{\"preview\":false}").andExpect(status().isNotFound());
        }
    }
}
