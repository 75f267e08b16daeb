package org.lotus.mp.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lotus.mp.portal.AmrSamples;
import org.lotus.mp.portal.Pushes;
import org.lotus.mp.support.AudioSamples;
import org.lotus.mp.support.EmbeddedTest;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.RunningJar;
import org.lotus.mp.support.WechatFake;

/**
 * The built jar with {@code java.io.tmpdir} pointed at an empty folder: a voice note is fetched from WeChat and played
 * as MP3, a sound is uploaded to the library, and the shared temp folder stays empty; Lotus's own is owner-only.
 */
class TemporaryFilesIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String CREDENTIALS = EmbeddedTest.ADMIN + ":" + EmbeddedTest.ADMIN_PASSWORD;

    @Test
    void writesNothingToTheSharedTempFolder() throws Exception {
        Path sharedTmp =
                Files.createTempDirectory(Path.of("target"), "shared-tmp-").toAbsolutePath();
        Path dataDir =
                Files.createTempDirectory(Path.of("target"), "jar-tmp-data-").toAbsolutePath();
        long msgId = Pushes.nextMsgId();
        String mediaId = "jar-voice-" + msgId;
        WechatFake.shared().givenMedia(mediaId, mediaId + ".amr", "audio/amr", AmrSamples.oneSecond());
        Map<String, String> env = new HashMap<>();
        env.put("DATA_DIR", dataDir.toString());
        env.put("ADMIN_USERNAME", EmbeddedTest.ADMIN);
        env.put("ADMIN_PASSWORD", EmbeddedTest.ADMIN_PASSWORD);
        env.put("WX_APPID", PortalTest.APPID);
        env.put("WX_SECRET", "jar-secret");
        env.put("WX_TOKEN", PortalTest.TOKEN);
        env.put("WX_AES_KEY", PortalTest.AES_KEY);
        env.put("WX_API_BASE_URL", WechatFake.shared().baseUrl());
        env.put("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + sharedTmp);

        try (RunningJar jar = RunningJar.start(env)) {
            assertThat(jar.awaitHealthy(Duration.ofSeconds(90)))
                    .as(jar::outputOrEmpty)
                    .isTrue();
            String base = "http://127.0.0.1:" + jar.port();
            Pushes.EncryptedPush push = new Pushes(PortalTest.APPID, PortalTest.TOKEN, PortalTest.AES_KEY)
                    .prepare(Pushes.voice("oJarVoice" + msgId, msgId, mediaId, ""));
            HttpResponse<String> pushed = HTTP.send(
                    HttpRequest.newBuilder(
                                    URI.create(base + "/wx/portal/" + PortalTest.APPID + "?" + Pushes.query(push)))
                            .header("Content-Type", "text/xml")
                            .POST(HttpRequest.BodyPublishers.ofString(Pushes.envelope(push.encrypted())))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(pushed.statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30))
                    .ignoreExceptions()
                    .until(() -> jar.get("/api/comments", CREDENTIALS).body().contains("/audio\""));
            String comments = jar.get("/api/comments", CREDENTIALS).body();
            String audioUrl = comments.replaceAll("(?s).*\"audioUrl\":\"([^\"]+)\".*", "$1");
            assertThat(jar.get(audioUrl, CREDENTIALS).statusCode()).isEqualTo(200);

            HttpResponse<String> added =
                    HTTP.send(multipart(base + "/api/audio"), HttpResponse.BodyHandlers.ofString());
            assertThat(added.statusCode()).as(added::body).isEqualTo(201);
        }

        try (Stream<Path> left = Files.walk(sharedTmp)) {
            assertThat(left.filter(p -> !p.equals(sharedTmp)).toList()).isEmpty();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("tmp"))))
                .isEqualTo("rwx------");
    }

    private static HttpRequest multipart(String url) {
        String boundary = "lotus-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n欢迎\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.wav\"\r\n"
                        + "Content-Type: audio/wav\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(AudioSamples.tone(2, "wav"));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(CREDENTIALS.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
    }
}
