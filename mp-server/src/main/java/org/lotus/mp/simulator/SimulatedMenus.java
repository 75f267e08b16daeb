package org.lotus.mp.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code menu/create} checked against WeChat's limits and error codes, and the menu kept for the phones. */
@Component
@DemoMode.Only
public class SimulatedMenus {

    private static final Set<String> KEY_TYPES = Set.of(
            "click",
            "scancode_push",
            "scancode_waitmsg",
            "pic_sysphoto",
            "pic_photo_or_album",
            "pic_weixin",
            "location_select");

    private final SimulatorState state;

    SimulatedMenus(SimulatorState state) {
        this.state = state;
    }

    Map<String, Object> create(JsonNode body) {
        JsonNode buttons = body.path("button");
        if (!buttons.isArray() || buttons.isEmpty() || buttons.size() > 3) {
            return WechatErrors.of(40016, "invalid button size");
        }
        for (JsonNode button : buttons) {
            if (bytes(button.path("name")) < 1 || bytes(button.path("name")) > 16) {
                return WechatErrors.of(40018, "invalid button name size");
            }
            JsonNode subs = button.path("sub_button");
            if (subs.isArray() && !subs.isEmpty()) {
                if (subs.size() > 5) {
                    return WechatErrors.of(40023, "invalid sub button size");
                }
                for (JsonNode sub : subs) {
                    if (bytes(sub.path("name")) < 1 || bytes(sub.path("name")) > 60) {
                        return WechatErrors.of(40025, "invalid sub button name size");
                    }
                    Optional<Map<String, Object>> refused = checkAction(sub, 40024, 40026, 40054);
                    if (refused.isPresent()) {
                        return refused.get();
                    }
                }
            } else {
                Optional<Map<String, Object>> refused = checkAction(button, 40017, 40019, 40055);
                if (refused.isPresent()) {
                    return refused.get();
                }
            }
        }
        Map<String, Object> menu = WechatRequests.asMap(body);
        state.change(data -> data.menu = Map.of("button", menu.get("button")));
        return WechatErrors.ok();
    }

    /** What {@code menu/get} answers, or 46003 when no menu was created. */
    Map<String, Object> get() {
        Map<String, Object> menu = current();
        return menu == null ? WechatErrors.of(46003, "menu no exist") : Map.of("menu", menu);
    }

    /** The last menu created, {@code {"button":[...]}}, or null. */
    public Map<String, Object> current() {
        return state.read(data -> data.menu);
    }

    private static Optional<Map<String, Object>> checkAction(JsonNode button, int badType, int badKey, int badUrl) {
        String type = button.path("type").asString("");
        if ("view".equals(type)) {
            String url = button.path("url").asString("");
            return url.startsWith("http://") || url.startsWith("https://")
                    ? Optional.empty()
                    : Optional.of(WechatErrors.of(badUrl, "invalid button url domain"));
        }
        if ("miniprogram".equals(type) || "media_id".equals(type) || "article_id".equals(type)) {
            return Optional.empty();
        }
        if (!KEY_TYPES.contains(type)) {
            return Optional.of(WechatErrors.of(badType, "invalid button type"));
        }
        int keyBytes = bytes(button.path("key"));
        return keyBytes < 1 || keyBytes > 128
                ? Optional.of(WechatErrors.of(badKey, "invalid button key size"))
                : Optional.empty();
    }

    private static int bytes(JsonNode text) {
        return text.isString() ? text.asString().getBytes(StandardCharsets.UTF_8).length : 0;
    }
}
