package org.lotus.mp.wechat;

import me.chanjar.weixin.common.redis.RedisTemplateWxRedisOps;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import me.chanjar.weixin.mp.config.impl.WxMpRedisConfigImpl;
import org.lotus.mp.TemporaryFiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The WxJava client. The access token is a stable token, kept in Redis with the {@code prod} profile so instances
 * share it, in memory otherwise. Every API call goes to {@code WX_API_BASE_URL}; its temporary files go to
 * {@code DATA_DIR/tmp}.
 */
@Configuration(proxyBeanMethods = false)
class WechatConfiguration {

    @Bean
    @Profile("prod")
    WxMpDefaultConfigImpl sharedWechatConfig(
            WechatSettings settings, StringRedisTemplate redis, TemporaryFiles temporaryFiles) {
        return configure(
                new WxMpRedisConfigImpl(new RedisTemplateWxRedisOps(redis), "lotus:wx"), settings, temporaryFiles);
    }

    @Bean
    @Profile("!prod")
    WxMpDefaultConfigImpl localWechatConfig(WechatSettings settings, TemporaryFiles temporaryFiles) {
        return configure(new WxMpDefaultConfigImpl(), settings, temporaryFiles);
    }

    @Bean
    WxMpService wxMpService(WxMpDefaultConfigImpl config) {
        WxMpService service = new CountedWxMpService();
        service.setWxMpConfigStorage(config);
        service.setMaxRetryTimes(0);
        return service;
    }

    private static WxMpDefaultConfigImpl configure(
            WxMpDefaultConfigImpl config, WechatSettings settings, TemporaryFiles temporaryFiles) {
        config.setAppId(settings.appid() == null ? "" : settings.appid());
        config.setSecret(settings.secret());
        config.setToken(settings.token());
        config.setAesKey(settings.aesKey());
        config.setUseStableAccessToken(true);
        String base = settings.apiBaseUrl();
        config.setHostConfig(new WxMpHostConfig(base, base, base));
        // Media downloads land here before they are moved into DATA_DIR/media; WxJava's default is the shared /tmp.
        config.setTmpDirFile(temporaryFiles.directory().toFile());
        return config;
    }
}
