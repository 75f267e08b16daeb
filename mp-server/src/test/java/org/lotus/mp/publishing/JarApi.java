package org.lotus.mp.publishing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.lotus.mp.support.EmbeddedTest;
import org.lotus.mp.support.RunningJar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The article API of a started jar, called as an editor would with curl. */
final class JarApi {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final RunningJar jar;

    JarApi(RunningJar jar) {
        this.jar = jar;
    }

    /** The environment of a jar publishing to {@code wechat}, on the embedded default in {@code dataDir}. */
    static Map<String, String> embedded(Path dataDir, WechatFake wechat) {
        Map<String, String> env = new HashMap<>();
        env.put("DATA_DIR", dataDir.toString());
        env.put("ADMIN_USERNAME", EmbeddedTest.ADMIN);
        env.put("ADMIN_PASSWORD", EmbeddedTest.ADMIN_PASSWORD);
        env.put("WX_APPID", "wx-jar-test");
        env.put("WX_SECRET", "jar-secret");
        env.put("WX_API_BASE_URL", wechat.baseUrl());
        // Verdicts come from freepublish/get; the tests count submits, not verdicts.
        env.put("LOTUS_PUBLISHING_RESULT_POLL_AFTER", "1h");
        return env;
    }

    static Path dataDir(String prefix) throws IOException {
        return Files.createTempDirectory(Path.of("target"), prefix).toAbsolutePath();
    }

    /** Health answers UP before start-up work ends; an editor can sign in once the first administrator exists. */
    JarApi awaitSignIn() {
        String credentials = EmbeddedTest.ADMIN + ":" + EmbeddedTest.ADMIN_PASSWORD;
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .ignoreExceptions()
                .until(() -> jar.get("/api/me", credentials).statusCode() == 200);
        return this;
    }

    long createArticle(String title) throws IOException, InterruptedException {
        String body = "{\"title\":\"" + title + "\",\"body\":\"<p>每周四可以领取安全套。</p>\",\"section\":\"health\","
                + "\"language\":\"zh\"}";
        return send("POST", "/api/articles", body, 201).path("id").asLong();
    }

    void schedule(long id, Instant publishAt) throws IOException, InterruptedException {
        send("POST", "/api/articles/" + id + "/schedule", "{\"publishAt\":\"" + publishAt + "\"}", 200);
    }

    JsonNode article(long id) throws IOException, InterruptedException {
        return send("GET", "/api/articles/" + id, null, 200);
    }

    private JsonNode send(String method, String path, String json, int expected)
            throws IOException, InterruptedException {
        String credentials = EmbeddedTest.ADMIN + ":" + EmbeddedTest.ADMIN_PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + jar.port() + path))
                .timeout(Duration.ofSeconds(10))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != expected) {
            throw new AssertionError(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JsonMapper.shared().readTree(response.body());
    }
}
