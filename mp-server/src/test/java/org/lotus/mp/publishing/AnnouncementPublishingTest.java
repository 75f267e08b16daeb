package org.lotus.mp.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.content.PublicationStatus;
import org.lotus.content.announcement.Announcements;
import org.lotus.content.section.SectionContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class AnnouncementPublishingTest extends PublishingTest {

    @Autowired
    Announcements announcements;

    @Autowired
    SectionContent sectionContent;

    @Test
    void listsValidAnnouncementsInTheNewsAgendaSoonestFirst() throws Exception {
        long later = publish("自卫课", LocalDate.now().plusDays(9), false);
        long sooner = publish("免费检测安全套", LocalDate.now().plusDays(2), false);

        await().atMost(PUBLISHING)
                .until(() -> announcements.get(later).getStatus() == PublicationStatus.PUBLISHED
                        && announcements.get(sooner).getStatus() == PublicationStatus.PUBLISHED);
        String agenda = sectionContent.agenda("news").orElseThrow();
        assertThat(agenda).contains("免费检测工具", "地点：Belleville").doesNotContain("安全套");
        assertThat(agenda.indexOf("免费检测工具")).isLessThan(agenda.indexOf("自卫课"));
        assertThat(sectionContent.agenda("health")).isEmpty();
    }

    @Test
    void pushesANeutralTextToAllFollowersOnce() throws Exception {
        long id = publish("周四早餐会", LocalDate.now().plusDays(3), true);

        await().atMost(PUBLISHING).until(() -> announcements.get(id).getStatus() == PublicationStatus.PUBLISHED);
        assertThat(WECHAT.requests("message/mass/sendall")).hasSize(1);
        String push = WECHAT.requests("message/mass/sendall").get(0).getBodyAsString();
        assertThat(push).contains("\"is_to_all\":true").contains("近期活动").doesNotContain("早餐会");
        assertThat(announcements.get(id).getMassMsgId()).isNotBlank();
    }

    @Nested
    class WhenThePushCannotGo {

        @Test
        void failsWithAQuotaMessageOn45009() throws Exception {
            WECHAT.failAlways("message/mass/sendall", WechatFake.error(45009, "reach max api daily quota limit"));
            long id = publish("配额", LocalDate.now().plusDays(1), true);

            await().atMost(PUBLISHING).until(() -> announcements.get(id).getStatus() == PublicationStatus.FAILED);
            assertThat(announcements.get(id).getStatusReason()).contains("quota");
        }

        @Test
        void holdsABlockedTermForReview() throws Exception {
            long id = publish("强奸预防讲座", LocalDate.now().plusDays(1), true);

            await().atMost(PUBLISHING).until(() -> announcements.get(id).getStatus() == PublicationStatus.NEEDS_REVIEW);
            assertThat(WECHAT.requests("message/mass/sendall")).isEmpty();
        }
    }

    private long publish(String title, LocalDate eventDate, boolean push) throws Exception {
        Instant now = Instant.now();
        String body =
                """
                {"title":"%s","body":"欢迎参加","language":"zh","validFrom":"%s","validUntil":"%s",
                 "eventDate":"%s","eventTime":"14:00","place":"Belleville","push":%s}""".formatted(title, now.minus(1, ChronoUnit.HOURS), now.plus(30, ChronoUnit.DAYS), eventDate, push);
        long id = json(mvc.perform(post("/api/announcements")
                                .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .path("id")
                .asLong();
        mvc.perform(post("/api/announcements/" + id + "/publish").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isAccepted());
        return id;
    }
}
