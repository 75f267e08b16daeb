package org.lotus.mp.simulator;

import java.nio.file.Path;
import org.lotus.mp.LotusSettings;
import org.lotus.mp.wechat.WechatSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * In demo mode the application's WeChat settings are the simulated account's: the portal, publishing, menu and
 * replies talk to the simulated WeChat through their usual code paths, unchanged. Links to our pages follow the
 * local port unless {@code LOTUS_PUBLIC_BASE_URL} is set.
 */
final class DemoCredentials implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(DemoCredentials.class);

    private final Environment environment;
    private volatile SimulatedAccount account;

    DemoCredentials(Environment environment) {
        this.environment = environment;
    }

    SimulatedAccount account() {
        SimulatedAccount known = account;
        if (known == null) {
            synchronized (this) {
                if (account == null) {
                    Path dataDir = Path.of(environment.getProperty("lotus.data-dir", "data"))
                            .toAbsolutePath()
                            .normalize();
                    account = SimulatedAccount.loadOrCreate(dataDir, localBaseUrl());
                    if (environment.getProperty("wx.appid") != null) {
                        log.warn("LOTUS_DEMO=true: the configured WeChat account is ignored, the simulator answers");
                    }
                    log.info("Demo mode: simulated WeChat at {}, staff open /simulator", account.apiBaseUrl());
                }
                known = account;
            }
        }
        return known;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof WechatSettings) {
            SimulatedAccount simulated = account();
            return new WechatSettings(
                    simulated.appid(),
                    simulated.secret(),
                    simulated.token(),
                    simulated.aesKey(),
                    simulated.apiBaseUrl(),
                    false);
        }
        if (bean instanceof LotusSettings lotus && blank(environment.getProperty("lotus.public-base-url"))) {
            return new LotusSettings(lotus.dataDir(), account().localBaseUrl());
        }
        return bean;
    }

    private String localBaseUrl() {
        String port = environment.getProperty("server.port", "8080");
        if ("0".equals(port.strip())) {
            throw new IllegalStateException("demo mode needs a fixed SERVER_PORT: the simulated WeChat calls it");
        }
        String address = environment.getProperty("server.address");
        String host = blank(address) || "0.0.0.0".equals(address) || "::".equals(address) ? "127.0.0.1" : address;
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
