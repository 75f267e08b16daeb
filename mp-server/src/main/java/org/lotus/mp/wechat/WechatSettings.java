package org.lotus.mp.wechat;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The official account's credentials and WeChat's API address, from {@code WX_APPID}, {@code WX_SECRET},
 * {@code WX_TOKEN}, {@code WX_AES_KEY}, {@code WX_API_BASE_URL} and {@code WX_ALLOW_PLAINTEXT}.
 */
@ConfigurationProperties("wx")
public record WechatSettings(
        String appid, String secret, String token, String aesKey, String apiBaseUrl, boolean allowPlaintext) {

    public static final String DEFAULT_API_BASE_URL = "https://api.weixin.qq.com";

    public WechatSettings {
        appid = trimToNull(appid);
        secret = trimToNull(secret);
        token = trimToNull(token);
        aesKey = trimToNull(aesKey);
        apiBaseUrl = trimToNull(apiBaseUrl) == null ? DEFAULT_API_BASE_URL : apiBaseUrl.replaceAll("/+$", "");
    }

    /** True when the account can call WeChat's API. */
    public boolean canCallApi() {
        return appid != null && secret != null;
    }

    public boolean safeMode() {
        return aesKey != null;
    }

    @Override
    public String toString() {
        return "WechatSettings[appid=" + appid + ", apiBaseUrl=" + apiBaseUrl + ", safeMode=" + safeMode() + "]";
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
