package org.lotus.mp.privacy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.lotus.mp.LotusSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells on-duty staff by e-mail that an urgent message is waiting, never what it says nor who sent it: the mail only
 * points at the inbox. Sent off the callback thread so WeChat's five seconds are never at risk.
 */
@Component
public class OnDutyAlerts implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OnDutyAlerts.class);
    private static final DateTimeFormatter PARIS_TIME =
            DateTimeFormatter.ofPattern("dd/MM HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final ObjectProvider<JavaMailSender> mail;
    private final AlertSettings settings;
    private final LotusSettings lotus;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "on-duty-alerts");
        thread.setDaemon(true);
        return thread;
    });

    OnDutyAlerts(ObjectProvider<JavaMailSender> mail, AlertSettings settings, LotusSettings lotus) {
        this.mail = mail;
        this.settings = settings;
        this.lotus = lotus;
    }

    /** Queues the alert for the message with this id, received at {@code receivedAt}. */
    public void urgentMessageReceived(long messageId, Instant receivedAt) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || settings.mailTo().isEmpty()) {
            log.warn("Urgent message {} received; no on-duty e-mail is configured (LOTUS_ALERTS_MAIL_TO)", messageId);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(settings.mailTo().toArray(String[]::new));
        message.setSubject("[Lotus] Message urgent · 紧急留言");
        message.setText("Un message signalé urgent est arrivé le " + PARIS_TIME.format(receivedAt)
                + " (heure de Paris).\n有一条紧急留言，时间 " + PARIS_TIME.format(receivedAt) + "（巴黎时间）。\n\n"
                + lotus.publicBaseUrl() + "/cms/comments?urgent=true\n");
        this.sender.execute(() -> send(sender, message, messageId));
    }

    private static void send(JavaMailSender sender, SimpleMailMessage message, long messageId) {
        try {
            sender.send(message);
            log.info("On-duty staff alerted of urgent message {}", messageId);
        } catch (MailException e) {
            log.error(
                    "On-duty alert for urgent message {} could not be sent: {}",
                    messageId,
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public void destroy() {
        sender.shutdown();
    }
}
