package org.lotus.mp.publishing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import org.lotus.mp.metrics.LotusMeters;
import org.lotus.mp.publishing.WechatCallException.Kind;
import org.lotus.mp.wechat.WechatSettings;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WeChat publishing APIs, called directly so that retries are ours: a token error (40001, 40014, 42001) refreshes
 * the stable token once and repeats the call; everything else is classified for the publisher. WxJava only provides
 * the shared access token.
 */
@Component
class WechatPublishingApi {

    private static final Set<Integer> TOKEN_ERRORS = Set.of(40001, 40014, 42001);

    private final WxMpService wechat;
    private final WechatSettings wechatSettings;
    private final PublishingSettings settings;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.shared();
    private volatile String defaultCoverMediaId;

    WechatPublishingApi(WxMpService wechat, WechatSettings wechatSettings, PublishingSettings settings) {
        this.wechat = wechat;
        this.wechatSettings = wechatSettings;
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    boolean configured() {
        return wechatSettings.canCallApi();
    }

    /** The default cover is uploaded once per instance: permanent material keeps its media id. */
    String uploadDefaultCover() throws WechatCallException {
        String known = defaultCoverMediaId;
        if (known == null) {
            known = uploadCover(DefaultCover.bytes(), DefaultCover.CONTENT_TYPE);
            defaultCoverMediaId = known;
        }
        return known;
    }

    /** A permanent image ({@code material/add_material?type=image}); its media id serves as the cover. */
    String uploadCover(byte[] image, String contentType) throws WechatCallException {
        return call("material/add_material", "&type=image", multipart(image, contentType), true)
                .path("media_id")
                .asString();
    }

    /** An image inside an article body ({@code media/uploadimg}); answers the URL to put in {@code src}. */
    String uploadBodyImage(byte[] image, String contentType) throws WechatCallException {
        return call("media/uploadimg", "", multipart(image, contentType), true)
                .path("url")
                .asString();
    }

    String addDraft(String title, String author, String digest, String content, String thumbMediaId)
            throws WechatCallException {
        Map<String, Object> article = new java.util.LinkedHashMap<>();
        article.put("title", title);
        article.put("author", author == null ? "" : author);
        article.put("digest", digest == null ? "" : digest);
        article.put("content", content);
        article.put("thumb_media_id", thumbMediaId);
        article.put("need_open_comment", 0);
        article.put("only_fans_can_comment", 0);
        return call("draft/add", "", jsonBody(Map.of("articles", List.of(article))), true)
                .path("media_id")
                .asString();
    }

    /** Not idempotent: a timeout here is UNCERTAIN, never retried blindly. */
    String submit(String draftMediaId) throws WechatCallException {
        return call("freepublish/submit", "", jsonBody(Map.of("media_id", draftMediaId)), false)
                .path("publish_id")
                .asString();
    }

    /**
     * Deletes a published article ({@code freepublish/delete}, every item of it). Repeating it deletes nothing more,
     * so a lost answer may be asked again.
     */
    void deletePublished(String articleId) throws WechatCallException {
        call("freepublish/delete", "", jsonBody(Map.of("article_id", articleId, "index", 0)), true);
    }

    JsonNode publishStatus(String publishId) throws WechatCallException {
        return call("freepublish/get", "", jsonBody(Map.of("publish_id", publishId)), true);
    }

    /** A text message to every follower; not idempotent. Answers WeChat's msg_id. */
    String sendTextToAll(String text) throws WechatCallException {
        Map<String, Object> body =
                Map.of("filter", Map.of("is_to_all", true), "text", Map.of("content", text), "msgtype", "text");
        return call("message/mass/sendall", "", jsonBody(body), false)
                .path("msg_id")
                .asString();
    }

    private JsonNode call(String api, String query, Body body, boolean idempotent) throws WechatCallException {
        if (!configured()) {
            throw new WechatCallException(Kind.UNAUTHORIZED, 0, "WeChat credentials are not configured");
        }
        JsonNode answer;
        try {
            answer = send(api, query, body, token(false), idempotent);
            if (TOKEN_ERRORS.contains(errcode(answer))) {
                answer = send(api, query, body, token(true), idempotent);
            }
        } catch (WechatCallException e) {
            LotusMeters.wechatCall(api, "none"); // no errcode: unreachable, timed out, HTTP 5xx
            throw e;
        }
        int errcode = errcode(answer);
        LotusMeters.wechatCall(api, Integer.toString(errcode));
        if (errcode == 0) {
            return answer;
        }
        String message =
                api + ": errcode " + errcode + " " + answer.path("errmsg").asString("");
        throw new WechatCallException(kindOf(errcode), errcode, message);
    }

    private static Kind kindOf(int errcode) {
        return switch (errcode) {
            case -1, 40001, 40014, 42001 -> Kind.TRANSIENT;
            case 45009, 45028 -> Kind.QUOTA;
            case 48001 -> Kind.UNAUTHORIZED;
            default -> Kind.REJECTED;
        };
    }

    private JsonNode send(String api, String query, Body body, String token, boolean idempotent)
            throws WechatCallException {
        URI uri = URI.create(wechatSettings.apiBaseUrl() + "/cgi-bin/" + api + "?access_token=" + token + query);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.callTimeout())
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new WechatCallException(Kind.TRANSIENT, 0, api + ": WeChat unreachable");
        } catch (IOException e) {
            // The request may have been received: only an idempotent call may be repeated.
            throw new WechatCallException(
                    idempotent ? Kind.TRANSIENT : Kind.UNCERTAIN,
                    0,
                    api + ": no answer from WeChat (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WechatCallException(idempotent ? Kind.TRANSIENT : Kind.UNCERTAIN, 0, api + ": interrupted");
        }
        if (response.statusCode() >= 500) {
            throw new WechatCallException(Kind.TRANSIENT, 0, api + ": HTTP " + response.statusCode());
        }
        try {
            return json.readTree(response.body());
        } catch (RuntimeException e) {
            throw new WechatCallException(
                    Kind.TRANSIENT, 0, api + ": unreadable answer, HTTP " + response.statusCode());
        }
    }

    private String token(boolean refresh) throws WechatCallException {
        try {
            return wechat.getAccessToken(refresh);
        } catch (WxErrorException e) {
            int errcode = e.getError() == null ? -1 : e.getError().getErrorCode();
            throw new WechatCallException(
                    errcode == -1 ? Kind.TRANSIENT : Kind.REJECTED, errcode, "stable_token: errcode " + errcode);
        } catch (RuntimeException e) {
            // WxJava's messages may quote the request; only the exception type is kept.
            throw new WechatCallException(
                    Kind.TRANSIENT, 0, "stable_token: no token (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static int errcode(JsonNode answer) {
        return answer.path("errcode").asInt(0);
    }

    private Body jsonBody(Object value) {
        return new Body("application/json; charset=utf-8", json.writeValueAsBytes(value));
    }

    private static Body multipart(byte[] image, String contentType) {
        String boundary = "lotus-" + UUID.randomUUID();
        String name = "image/png".equals(contentType) ? "image.png" : "image.jpg";
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.length + 256);
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\"" + name
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(image);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Body("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    private record Body(String contentType, byte[] bytes) {}
}
