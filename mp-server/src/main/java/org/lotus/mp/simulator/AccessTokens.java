package org.lotus.mp.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The simulated WeChat's access tokens: {@code stable_token} answers the same token until it expires or a forced
 * refresh; the replaced token keeps working five minutes, as WeChat allows. Every API call names a token.
 */
@Component
@DemoMode.Only
public class AccessTokens {

    static final Duration LIFETIME = Duration.ofHours(2);
    private static final Duration OVERLAP = Duration.ofMinutes(5);

    private final SimulatorState state;
    private final SimulatedAccount account;

    AccessTokens(SimulatorState state, SimulatedAccount account) {
        this.state = state;
        this.account = account;
    }

    /** WeChat's answer to {@code stable_token} / {@code token}. */
    Map<String, Object> issue(String grantType, String appid, String secret, boolean forceRefresh) {
        if (!"client_credential".equals(grantType)) {
            return WechatErrors.of(40002, "invalid grant_type");
        }
        if (!account.appid().equals(appid)) {
            return WechatErrors.of(40013, "invalid appid");
        }
        if (!account.secret().equals(secret)) {
            return WechatErrors.of(40125, "invalid appsecret");
        }
        long now = System.currentTimeMillis();
        String token = state.change(data -> {
            data.tokens.values().removeIf(expiry -> expiry < now);
            Optional<Map.Entry<String, Long>> current = data.tokens.entrySet().stream()
                    .filter(e -> e.getValue() > now + OVERLAP.toMillis())
                    .max(Map.Entry.comparingByValue());
            if (current.isPresent() && !forceRefresh) {
                return current.get().getKey();
            }
            data.tokens.replaceAll((old, expiry) -> Math.min(expiry, now + OVERLAP.toMillis()));
            String fresh = SimulatorState.randomId(96);
            data.tokens.put(fresh, now + LIFETIME.toMillis());
            return fresh;
        });
        long expiresIn = (state.read(data -> data.tokens.get(token)) - now) / 1000;
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", token);
        answer.put("expires_in", expiresIn);
        return answer;
    }

    /** WeChat's error for a missing or unknown token; empty when the token is valid. */
    public Optional<Map<String, Object>> refusal(String token) {
        if (token == null || token.isBlank()) {
            return Optional.of(WechatErrors.of(41001, "access_token missing"));
        }
        Long expiry = state.read(data -> data.tokens.get(token));
        if (expiry == null || expiry < System.currentTimeMillis()) {
            return Optional.of(WechatErrors.of(40001, "invalid credential, access_token is invalid or not latest"));
        }
        return Optional.empty();
    }
}
