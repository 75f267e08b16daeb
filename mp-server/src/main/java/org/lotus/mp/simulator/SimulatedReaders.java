package org.lotus.mp.simulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lotus.mp.simulator.SimulatorData.ChatEntry;
import org.lotus.mp.simulator.SimulatorData.Reader;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.mp.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Simulated readers: each follows, taps, writes, records and scans as a phone would, through signed and encrypted
 * pushes to our portal, and keeps the conversation: passive replies, customer-service and mass messages.
 */
@Service
@DemoMode.Only
public class SimulatedReaders {

    static final Set<String> TYPES =
            Set.of("subscribe", "unsubscribe", "text", "voice", "image", "click", "view", "scan");
    private static final int MAX_NAME = 40;

    private final SimulatorState state;
    private final SimulatedAccount account;
    private final PortalPushes pushes;
    private final VoiceConversions ffmpeg;

    SimulatedReaders(SimulatorState state, SimulatedAccount account, PortalPushes pushes, VoiceConversions ffmpeg) {
        this.state = state;
        this.account = account;
        this.pushes = pushes;
        this.ffmpeg = ffmpeg;
    }

    /** What a reader sends; {@code file} is a recording (voice) or a picture (image). */
    public record Sent(String type, String text, String key, byte[] file, String fileType) {}

    /** A passive reply as the phone shows it. */
    public record ReplyView(String type, String text, String title, String url, String mediaId) {}

    public Reader create(String name) {
        String checked = checkedName(name);
        return state.change(data -> {
            Reader reader = new Reader();
            reader.id = data.nextId++;
            reader.name = checked;
            reader.openid = "o" + SimulatorState.randomId(20).substring(0, 27);
            data.readers.add(reader);
            return copy(reader);
        });
    }

    public Reader rename(long id, String name) {
        String checked = checkedName(name);
        return state.change(data -> {
            Reader reader = find(data, id);
            reader.name = checked;
            return copy(reader);
        });
    }

    public List<Reader> all() {
        return state.read(
                data -> data.readers.stream().map(SimulatedReaders::copy).toList());
    }

    public Reader get(long id) {
        return state.read(data -> copy(find(data, id)));
    }

    public List<ChatEntry> chat(long id) {
        return state.read(data -> List.copyOf(find(data, id).chat));
    }

    /** Sends as the reader would; answers the passive replies our portal gave. */
    public List<ReplyView> send(long id, Sent sent) {
        String type = sent.type() == null ? "" : sent.type().strip();
        if (!TYPES.contains(type)) {
            throw new InvalidFieldException(
                    "type",
                    "type must be one of "
                            + String.join(", ", TYPES.stream().sorted().toList()));
        }
        Reader reader = get(id);
        if (!reader.following && !Set.of("subscribe", "scan").contains(type)) {
            throw new InvalidFieldException("type", "the reader does not follow the account: follow first");
        }
        ChatEntry mine = entry("reader", type);
        PushBuilder push = switch (type) {
            case "subscribe" ->
                PushBuilder.event(account.originalId(), reader.openid, "subscribe")
                        .cdata("EventKey", "");
            case "unsubscribe" ->
                PushBuilder.event(account.originalId(), reader.openid, "unsubscribe")
                        .cdata("EventKey", "");
            case "text" -> {
                mine.text = required(sent.text(), "text");
                yield PushBuilder.from(account.originalId(), reader.openid, "text")
                        .cdata("Content", mine.text)
                        .msgId();
            }
            case "click" -> {
                mine.text = required(sent.key(), "key");
                yield PushBuilder.event(account.originalId(), reader.openid, "CLICK")
                        .cdata("EventKey", mine.text);
            }
            case "view" -> {
                mine.url = required(sent.key(), "key");
                yield PushBuilder.event(account.originalId(), reader.openid, "VIEW")
                        .cdata("EventKey", mine.url);
            }
            case "scan" -> scan(reader, required(sent.key(), "key"), mine);
            case "voice" -> voice(reader, sent, mine);
            default -> image(reader, sent, mine);
        };
        boolean follows = !"unsubscribe".equals(type)
                && (reader.following || Set.of("subscribe", "scan").contains(type));
        List<ReplyView> replies = deliver(push.build(), reader.openid);
        state.change(data -> {
            Reader stored = find(data, id);
            stored.following = follows;
            stored.lastInteraction = System.currentTimeMillis();
            stored.chat.add(mine);
            replies.forEach(reply -> stored.chat.add(passive(reply)));
            return null;
        });
        return replies;
    }

    /** A message the account sent outside a passive reply (customer service, mass send, preview). */
    void received(String openid, ChatEntry entry) {
        state.change(data -> {
            data.readers.stream().filter(r -> r.openid.equals(openid)).forEach(r -> r.chat.add(entry));
            return null;
        });
    }

    Optional<Reader> byOpenid(String openid) {
        return state.read(data -> data.readers.stream()
                .filter(r -> r.openid.equals(openid))
                .findFirst()
                .map(SimulatedReaders::copy));
    }

    /** Moves the reader's last interaction back, as if time had passed (tests of WeChat's 48-hour window). */
    void lastInteractedAt(long id, long epochMillis) {
        state.change(data -> find(data, id).lastInteraction = epochMillis);
    }

    static ChatEntry entry(String from, String type) {
        ChatEntry entry = new ChatEntry();
        entry.at = System.currentTimeMillis();
        entry.from = from;
        entry.type = type;
        return entry;
    }

    private PushBuilder scan(Reader reader, String scene, ChatEntry mine) {
        mine.text = scene;
        String ticket = state.read(data -> data.qrCodes.stream()
                .filter(q -> scene.equals(q.sceneStr))
                .map(q -> q.ticket)
                .findFirst()
                .orElse("gQ" + SimulatorState.randomId(24)));
        // Scanning while not following follows, with the scene in the subscribe event (WeChat's qrscene_ prefix).
        return reader.following
                ? PushBuilder.event(account.originalId(), reader.openid, "SCAN")
                        .cdata("EventKey", scene)
                        .cdata("Ticket", ticket)
                : PushBuilder.event(account.originalId(), reader.openid, "subscribe")
                        .cdata("EventKey", "qrscene_" + scene)
                        .cdata("Ticket", ticket);
    }

    private PushBuilder voice(Reader reader, Sent sent, ChatEntry mine) {
        if (sent.file() == null || sent.file().length == 0) {
            throw new InvalidFieldException("file", "a voice message needs a recording (file)");
        }
        VoiceConversions.Voice voice;
        try {
            voice = ffmpeg.toVoice(sent.file());
        } catch (IOException e) {
            throw new InvalidFieldException("file", "the recording could not be read as audio");
        }
        SimulatorData.Media media =
                state.storeMedia("voice", voice.bytes(), voice.contentType(), voice.format(), false);
        mine.mediaId = media.mediaId;
        return PushBuilder.from(account.originalId(), reader.openid, "voice")
                .cdata("MediaId", media.mediaId)
                .cdata("Format", voice.format())
                .msgId();
    }

    private PushBuilder image(Reader reader, Sent sent, ChatEntry mine) {
        byte[] file = sent.file();
        boolean png = file != null && file.length > 8 && (file[0] & 0xff) == 0x89 && file[1] == 'P';
        boolean jpeg = file != null && file.length > 3 && (file[0] & 0xff) == 0xFF && (file[1] & 0xff) == 0xD8;
        if (!png && !jpeg) {
            throw new InvalidFieldException("file", "an image message needs a JPEG or PNG picture (file)");
        }
        SimulatorData.Media media =
                state.storeMedia("image", file, png ? "image/png" : "image/jpeg", png ? "png" : "jpg", false);
        mine.mediaId = media.mediaId;
        return PushBuilder.from(account.originalId(), reader.openid, "image")
                .cdata("PicUrl", account.apiBaseUrl() + "/mmbiz/" + media.mediaId)
                .cdata("MediaId", media.mediaId)
                .msgId();
    }

    private List<ReplyView> deliver(String xml, String openid) {
        Optional<String> reply;
        try {
            reply = pushes.deliver(xml, openid);
        } catch (PortalPushes.PushNotAnsweredException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        List<ReplyView> replies = new ArrayList<>();
        reply.map(PortalPushes::leaves).ifPresent(leaves -> replies.add(view(leaves)));
        return replies;
    }

    private static ReplyView view(Map<String, String> reply) {
        String type = reply.getOrDefault("MsgType", "");
        return switch (type) {
            case "news" ->
                new ReplyView(
                        "news",
                        reply.get("Articles/item/Description"),
                        reply.get("Articles/item/Title"),
                        reply.get("Articles/item/Url"),
                        null);
            case "voice" -> new ReplyView("voice", null, null, null, reply.get("Voice/MediaId"));
            case "image" -> new ReplyView("image", null, null, null, reply.get("Image/MediaId"));
            default -> new ReplyView(type, reply.get("Content"), null, null, null);
        };
    }

    private static ChatEntry passive(ReplyView reply) {
        ChatEntry entry = entry("account", reply.type());
        entry.text = reply.text();
        entry.title = reply.title();
        entry.url = reply.url();
        entry.mediaId = reply.mediaId();
        entry.via = "passive";
        return entry;
    }

    private static Reader find(SimulatorData data, long id) {
        return data.readers.stream()
                .filter(r -> r.id == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("simulated reader", id));
    }

    /** A copy without the conversation, safe to hand out after the lock is released. */
    private static Reader copy(Reader reader) {
        Reader copy = new Reader();
        copy.id = reader.id;
        copy.name = reader.name;
        copy.openid = reader.openid;
        copy.following = reader.following;
        copy.lastInteraction = reader.lastInteraction;
        return copy;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, field + " is required for this type");
        }
        return value.strip();
    }

    private static String checkedName(String name) {
        String checked = name == null ? "" : name.strip();
        if (checked.isEmpty() || checked.length() > MAX_NAME) {
            throw new InvalidFieldException("name", "name must be 1 to " + MAX_NAME + " characters");
        }
        return checked;
    }
}
