package org.lotus.mp.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Notifying followers. {@code text}: what a lock screen shows, so it names no topic (the link follows it);
 * {@code perDay} and {@code perMonth}: WeChat's mass-send quota for this account (a subscription account may send
 * once a day, a service account four times a month), counted here with announcement pushes before WeChat refuses.
 */
@ConfigurationProperties("lotus.notify")
public record NotifySettings(String text, int perDay, int perMonth) {

    static final String DEFAULT_TEXT = "姐妹你好，我们更新了内容，点这里查看：";

    public NotifySettings {
        text = text == null || text.isBlank() ? DEFAULT_TEXT : text.strip();
        perDay = perDay <= 0 ? 1 : perDay;
        perMonth = perMonth <= 0 ? 4 : perMonth;
    }
}
