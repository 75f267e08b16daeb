package org.lotus.mp.privacy;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who is told by e-mail when an urgent message arrives ({@code LOTUS_ALERTS_MAIL_TO}, comma-separated) and from which
 * address; the SMTP server comes from {@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT}, {@code SPRING_MAIL_USERNAME},
 * {@code SPRING_MAIL_PASSWORD}.
 */
@ConfigurationProperties("lotus.alerts")
public record AlertSettings(List<String> mailTo, String mailFrom) {

    public AlertSettings {
        mailTo = mailTo == null
                ? List.of()
                : mailTo.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (mailFrom == null || mailFrom.isBlank()) {
            mailFrom = "lotus@localhost";
        }
    }
}
