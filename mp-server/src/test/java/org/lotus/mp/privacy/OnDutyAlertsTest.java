package org.lotus.mp.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The on-duty alert goes through a real SMTP server and says nothing of the message or its sender. */
@TestPropertySource(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3025",
            "lotus.alerts.mail-to=astreinte@example.org",
            "lotus.alerts.mail-from=lotus@example.org"
        })
class OnDutyAlertsTest extends EmbeddedTest {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP).withConfiguration(GreenMailConfiguration.aConfig());

    @Autowired
    OnDutyAlerts alerts;

    @Test
    void mailsOnDutyStaffWithoutTheMessage() throws Exception {
        alerts.urgentMessageReceived(42, Instant.parse("2026-11-28T22:15:00Z"));

        await().atMost(Duration.ofSeconds(10)).until(() -> SMTP.getReceivedMessages().length == 1);
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        String body = GreenMailUtil.getBody(mail);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("astreinte@example.org");
        assertThat(mail.getSubject()).contains("urgent");
        assertThat(body).contains("/cms/comments").contains("23:15");
    }
}
