package org.lotus.mp.channels;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The account's name as printed on channel cards, in Chinese and French ({@code LOTUS_CHANNELS_ACCOUNT_NAME_ZH},
 * {@code LOTUS_CHANNELS_ACCOUNT_NAME_FR}), and the line under it.
 */
@ConfigurationProperties("lotus.channels")
public record ChannelSettings(String accountNameZh, String accountNameFr, String cardLineZh, String cardLineFr) {

    public ChannelSettings {
        accountNameZh = orDefault(accountNameZh, "莲花姐妹");
        accountNameFr = orDefault(accountNameFr, "Lotus – santé et droits");
        cardLineZh = orDefault(cardLineZh, "免费 · 保密 · 中文服务");
        cardLineFr = orDefault(cardLineFr, "Gratuit · confidentiel · en chinois");
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
