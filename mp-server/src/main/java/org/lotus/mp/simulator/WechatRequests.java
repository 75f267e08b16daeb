package org.lotus.mp.simulator;

import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads request bodies as WeChat does: JSON whatever the Content-Type says (clients send text/plain or
 * application/json), and a body that is not JSON is WeChat's 47001.
 */
public final class WechatRequests {

    private static final JsonMapper JSON = JsonMapper.shared();

    private WechatRequests() {}

    /** The body as JSON, or null when it is not a JSON object. */
    public static JsonNode json(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    public static Map<String, Object> notJson() {
        return WechatErrors.of(47001, "data format error");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(JsonNode node) {
        return JSON.convertValue(node, Map.class);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> asList(JsonNode node) {
        return JSON.convertValue(node, List.class);
    }

    static String text(JsonNode node, String path) {
        JsonNode value = node.at(path);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }
}
