package org.lotus.mp.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lotus.mp.LotusApplication;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.WechatFake;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** One app instance on the {@code prod} profile, as a load balancer would see it, for multi-instance tests. */
final class PortalInstance implements AutoCloseable {

    static final Pushes PUSHES = new Pushes(PortalTest.APPID, PortalTest.TOKEN, PortalTest.AES_KEY);
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private final ConfigurableApplicationContext context;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PortalInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static PortalInstance start(String databaseUrl, String redisUrl, Path dataDir) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", databaseUrl);
        properties.put("spring.datasource.username", "root");
        properties.put("spring.datasource.password", "");
        properties.put("spring.datasource.hikari.connection-timeout", "1000");
        properties.put("spring.data.redis.url", redisUrl);
        properties.put("lotus.data-dir", dataDir.toString());
        properties.put("lotus.pseudonym-key", KEY);
        properties.put("lotus.encryption-key", KEY);
        properties.put("lotus.portal.spool-replay-interval", "1s");
        properties.put("admin.username", "coordination");
        properties.put("admin.password", "correct-horse-battery-staple");
        properties.put("wx.appid", PortalTest.APPID);
        properties.put("wx.secret", "fake-secret");
        properties.put("wx.token", PortalTest.TOKEN);
        properties.put("wx.aes-key", PortalTest.AES_KEY);
        properties.put("wx.api-base-url", WechatFake.shared().baseUrl());
        // Arguments, not default properties: they must win over application-prod.yml.
        String[] arguments = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new PortalInstance(new SpringApplicationBuilder(LotusApplication.class)
                .profiles("prod")
                .run(arguments));
    }

    HttpResponse<String> send(Pushes.EncryptedPush push) throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + "/wx/portal/" + PortalTest.APPID + "?" + Pushes.query(push)))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(Pushes.envelope(push.encrypted())))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
