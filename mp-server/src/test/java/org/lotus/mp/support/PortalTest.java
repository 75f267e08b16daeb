package org.lotus.mp.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Embedded tests with an official account configured in safe mode, its API played by {@link WechatFake}. */
public abstract class PortalTest extends EmbeddedTest {

    public static final String APPID = "wx2c2769f8efd9abc2";
    public static final String TOKEN = "spamtest";
    public static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    @DynamicPropertySource
    static void portalProperties(DynamicPropertyRegistry registry) {
        registry.add("wx.appid", () -> APPID);
        registry.add("wx.secret", () -> "fake-secret");
        registry.add("wx.token", () -> TOKEN);
        registry.add("wx.aes-key", () -> AES_KEY);
        registry.add("wx.api-base-url", () -> WechatFake.shared().baseUrl());
        registry.add("lotus.media.sweep-interval", () -> "1s");
        registry.add("lotus.portal.spool-replay-interval", () -> "1s");
        registry.add("lotus.reply-queue.interval", () -> "500ms");
        registry.add("lotus.reply-queue.backoff", () -> "1s");
    }
}
