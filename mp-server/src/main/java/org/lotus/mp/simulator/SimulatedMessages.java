package org.lotus.mp.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.lotus.mp.simulator.SimulatorData.ChatEntry;
import org.lotus.mp.simulator.SimulatorData.Reader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Messages the account sends on its own: customer-service messages (within 48 hours of the reader's last
 * interaction, WeChat's 45015 otherwise), previews to one person and mass sends to every follower.
 */
@Component
@DemoMode.Only
class SimulatedMessages {

    private static final AtomicLong MSG_IDS = new AtomicLong(1_000_000_000L + System.currentTimeMillis() % 1_000_000);

    private final SimulatorState state;
    private final SimulatedReaders readers;
    private final SimulatorSettings settings;
    private final ResultEvents events;
    private final SimulatedAccount account;

    SimulatedMessages(
            SimulatorState state,
            SimulatedReaders readers,
            SimulatorSettings settings,
            ResultEvents events,
            SimulatedAccount account) {
        this.state = state;
        this.readers = readers;
        this.settings = settings;
        this.events = events;
        this.account = account;
    }

    Map<String, Object> customSend(JsonNode body) {
        Optional<Reader> reader = readers.byOpenid(body.path("touser").asString(""));
        if (reader.isEmpty()) {
            return WechatErrors.of(40003, "invalid openid");
        }
        if (!reader.get().following) {
            return WechatErrors.of(43004, "require subscribe");
        }
        if (System.currentTimeMillis() - reader.get().lastInteraction
                > settings.customWindow().toMillis()) {
            return WechatErrors.of(45015, "response out of time limit or subscription is canceled");
        }
        readers.received(reader.get().openid, message(body, "custom"));
        return WechatErrors.ok();
    }

    Map<String, Object> preview(JsonNode body) {
        String touser = body.path("touser").asString("");
        String towxname = body.path("towxname").asString("");
        Optional<Reader> reader = readers.all().stream()
                .filter(r -> r.openid.equals(touser) || (!towxname.isEmpty() && r.name.equals(towxname)))
                .findFirst();
        if (reader.isEmpty()) {
            return touser.isEmpty()
                    ? WechatErrors.of(40132, "invalid username")
                    : WechatErrors.of(40003, "invalid openid");
        }
        readers.received(reader.get().openid, message(body, "preview"));
        Map<String, Object> answer = WechatErrors.of(0, "preview success");
        answer.put("msg_id", record(body, true, 1));
        return answer;
    }

    Map<String, Object> sendAll(JsonNode body) {
        if (!body.path("filter").path("is_to_all").asBoolean(false)
                && body.path("filter").path("tag_id").isMissingNode()) {
            return WechatErrors.of(40130, "invalid openid list size, at least two openid");
        }
        ChatEntry entry = message(body, "mass");
        List<Reader> followers = readers.all().stream().filter(r -> r.following).toList();
        followers.forEach(r -> readers.received(r.openid, entry));
        long msgId = record(body, false, followers.size());
        events.massSendFinishes(msgId, followers.size());
        Map<String, Object> answer = WechatErrors.of(0, "send job submission success");
        answer.put("msg_id", msgId);
        answer.put("msg_data_id", msgId + 7);
        return answer;
    }

    /** The chat entry for a message body; WeChat's refusal when the body is not one it would send. */
    private ChatEntry message(JsonNode body, String via) {
        String msgtype = body.path("msgtype").asString("");
        ChatEntry entry = SimulatedReaders.entry("account", msgtype);
        entry.via = via;
        switch (msgtype) {
            case "text" -> {
                entry.text = body.path("text").path("content").asString("");
                if (entry.text.isBlank()) {
                    throw new WechatRefusal(44004, "empty content");
                }
            }
            case "voice", "image", "mpvideo", "video" -> {
                entry.mediaId = body.path(msgtype).path("media_id").asString("");
                if (state.media(entry.mediaId).isEmpty()) {
                    throw new WechatRefusal(40007, "invalid media_id");
                }
            }
            case "news" -> {
                JsonNode article = body.path("news").path("articles").path(0);
                entry.title = article.path("title").asString("");
                entry.text = article.path("description").asString("");
                entry.url = article.path("url").asString("");
                entry.picUrl = article.path("picurl").asString("");
            }
            case "mpnews" -> {
                String mediaId = body.path("mpnews").path("media_id").asString("");
                SimulatorData.Draft draft = state.read(data -> data.drafts.get(mediaId));
                if (draft == null || draft.articles.isEmpty()) {
                    throw new WechatRefusal(40007, "invalid media_id");
                }
                entry.type = "news";
                entry.title = String.valueOf(draft.articles.get(0).get("title"));
                entry.text = String.valueOf(draft.articles.get(0).getOrDefault("digest", ""));
                entry.url = state.read(data -> data.publications.stream()
                        .filter(p -> mediaId.equals(p.draftMediaId))
                        .map(p -> ResultEvents.articleUrl(account, p.articleId))
                        .findFirst()
                        .orElse(null));
            }
            default -> throw new WechatRefusal(40008, "invalid message type");
        }
        return entry;
    }

    private long record(JsonNode body, boolean preview, int sent) {
        SimulatorData.MassSend send = new SimulatorData.MassSend();
        send.msgId = MSG_IDS.incrementAndGet();
        send.msgtype = body.path("msgtype").asString("");
        send.preview = preview;
        send.sentCount = sent;
        send.at = System.currentTimeMillis();
        state.change(data -> data.massSends.add(send));
        return send.msgId;
    }

    static Map<String, Object> qrCode(SimulatorState state, SimulatedAccount account, JsonNode body) {
        String action = body.path("action_name").asString("");
        JsonNode scene = body.path("action_info").path("scene");
        String sceneStr = scene.has("scene_str")
                ? scene.path("scene_str").asString("")
                : scene.path("scene_id").asString("");
        if (!List.of("QR_SCENE", "QR_STR_SCENE", "QR_LIMIT_SCENE", "QR_LIMIT_STR_SCENE")
                .contains(action)) {
            return WechatErrors.of(40097, "invalid args");
        }
        if (sceneStr.isEmpty() || sceneStr.length() > 64) {
            return WechatErrors.of(40097, "invalid args");
        }
        SimulatorData.QrCode code = new SimulatorData.QrCode();
        code.ticket = "gQ" + SimulatorState.randomId(48);
        code.sceneStr = sceneStr;
        code.actionName = action;
        code.url = account.apiBaseUrl() + "/q/" + SimulatorState.randomId(16);
        state.change(data -> data.qrCodes.add(code));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ticket", code.ticket);
        if (!action.startsWith("QR_LIMIT")) {
            answer.put("expire_seconds", body.path("expire_seconds").asInt(30));
        }
        answer.put("url", code.url);
        return answer;
    }
}
