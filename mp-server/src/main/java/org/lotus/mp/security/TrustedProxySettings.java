package org.lotus.mp.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reverse proxies whose forwarded headers ({@code X-Forwarded-For}, {@code X-Forwarded-Proto}) are believed,
 * as addresses or CIDR ranges ({@code LOTUS_TRUSTED_PROXIES}, comma-separated); by default only this machine.
 */
@ConfigurationProperties("lotus")
public record TrustedProxySettings(List<String> trustedProxies) {

    public TrustedProxySettings {
        if (trustedProxies == null || trustedProxies.isEmpty()) {
            trustedProxies = List.of("127.0.0.0/8", "::1/128");
        }
        trustedProxies = trustedProxies.stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
