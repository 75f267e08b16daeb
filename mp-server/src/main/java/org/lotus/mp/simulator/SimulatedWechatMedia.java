package org.lotus.mp.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * WeChat's media: permanent material ({@code material/add_material}, multipart field {@code media}), temporary
 * media ({@code media/upload}), body images ({@code media/uploadimg}), and {@code media/get}, which serves what a
 * simulated reader sent as a file download with a {@code Content-disposition} name, or a text/plain JSON error.
 */
@RestController
@RequestMapping(SimulatedAccount.API_PATH)
@DemoMode.Only
class SimulatedWechatMedia {

    private static final Set<String> TYPES = Set.of("image", "voice", "video", "thumb");
    private static final Map<String, Integer> MAX_BYTES =
            Map.of("image", 10 << 20, "voice", 2 << 20, "video", 10 << 20, "thumb", 64 << 10);

    private final AccessTokens tokens;
    private final SimulatorState state;
    private final SimulatedAccount account;

    SimulatedWechatMedia(AccessTokens tokens, SimulatorState state, SimulatedAccount account) {
        this.tokens = tokens;
        this.state = state;
        this.account = account;
    }

    @PostMapping("/cgi-bin/material/add_material")
    Map<String, Object> addMaterial(
            @RequestParam(name = "access_token", required = false) String token,
            @RequestParam(required = false) String type,
            @RequestPart(name = "media", required = false) MultipartFile media)
            throws IOException {
        return store(token, type, media, true);
    }

    @PostMapping("/cgi-bin/media/upload")
    Map<String, Object> upload(
            @RequestParam(name = "access_token", required = false) String token,
            @RequestParam(required = false) String type,
            @RequestPart(name = "media", required = false) MultipartFile media)
            throws IOException {
        return store(token, type, media, false);
    }

    @PostMapping("/cgi-bin/media/uploadimg")
    Map<String, Object> uploadImage(
            @RequestParam(name = "access_token", required = false) String token,
            @RequestPart(name = "media", required = false) MultipartFile media)
            throws IOException {
        var refused = tokens.refusal(token);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (media == null || media.isEmpty()) {
            return WechatErrors.of(41005, "media data missing");
        }
        byte[] bytes = media.getBytes();
        String kind = FileKinds.of(bytes);
        if (!"jpg".equals(kind) && !"png".equals(kind)) {
            return WechatErrors.of(40005, "invalid file type");
        }
        if (bytes.length > 1 << 20) {
            return WechatErrors.of(40006, "invalid meida size");
        }
        SimulatorData.Media stored = state.storeMedia("image", bytes, FileKinds.contentType(kind), kind, true);
        return Map.of("url", account.apiBaseUrl() + "/mmbiz/" + stored.mediaId);
    }

    @GetMapping("/cgi-bin/media/get")
    ResponseEntity<byte[]> mediaGet(
            @RequestParam(name = "access_token", required = false) String token,
            @RequestParam(name = "media_id", required = false) String mediaId)
            throws IOException {
        var refused = tokens.refusal(token);
        if (refused.isPresent()) {
            return error(refused.get());
        }
        var media = state.media(mediaId);
        if (media.isEmpty()) {
            return error(WechatErrors.of(40007, "invalid media_id"));
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, media.get().contentType)
                .header("Content-disposition", "attachment; filename=\"" + media.get().fileName + "\"")
                .cacheControl(CacheControl.noCache())
                .body(Files.readAllBytes(state.mediaFile(media.get())));
    }

    /** Images as WeChat's image host serves them to anyone with the URL. */
    @GetMapping("/mmbiz/{mediaId}")
    ResponseEntity<byte[]> image(@PathVariable String mediaId) throws IOException {
        var media = state.media(mediaId).filter(m -> m.contentType.startsWith("image/"));
        if (media.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(media.get().contentType))
                .body(Files.readAllBytes(state.mediaFile(media.get())));
    }

    private Map<String, Object> store(String token, String type, MultipartFile media, boolean permanent)
            throws IOException {
        var refused = tokens.refusal(token);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (type == null || !TYPES.contains(type)) {
            return WechatErrors.of(40004, "invalid media type");
        }
        if (media == null || media.isEmpty()) {
            return WechatErrors.of(41005, "media data missing");
        }
        byte[] bytes = media.getBytes();
        if (bytes.length > MAX_BYTES.get(type)) {
            return WechatErrors.of(type.equals("voice") ? 40007 : 40006, "invalid file size");
        }
        String kind = FileKinds.of(bytes);
        boolean accepted = switch (type) {
            case "image", "thumb" -> Set.of("jpg", "png", "gif", "bmp").contains(kind);
            case "voice" -> Set.of("amr", "mp3", "wav", "wma", "speex").contains(kind);
            default -> "mp4".equals(kind);
        };
        if (!accepted) {
            return WechatErrors.of(40005, "invalid file type");
        }
        SimulatorData.Media stored = state.storeMedia(type, bytes, FileKinds.contentType(kind), kind, permanent);
        Map<String, Object> answer = new LinkedHashMap<>();
        if (!permanent) {
            answer.put("type", type);
        }
        answer.put("media_id", stored.mediaId);
        if (permanent && ("image".equals(type) || "thumb".equals(type))) {
            answer.put("url", account.apiBaseUrl() + "/mmbiz/" + stored.mediaId);
        }
        if (!permanent) {
            answer.put("created_at", stored.createdAt / 1000);
        }
        return answer;
    }

    /** WeChat answers a failed download as text/plain with a JSON body. */
    private static ResponseEntity<byte[]> error(Map<String, Object> error) {
        String json = "{\"errcode\":" + error.get("errcode") + ",\"errmsg\":\"" + error.get("errmsg") + "\"}";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/plain")
                .body(json.getBytes(StandardCharsets.UTF_8));
    }
}
