package org.lotus.mp.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.ProdTest;
import org.lotus.mp.support.RunningJar;

/** Two instances on one MariaDB race for the same due articles: each is submitted exactly once. */
class PublishingRaceIT {

    private static final Duration START = Duration.ofSeconds(120);
    private static final int ARTICLES = 6;

    @Test
    void twoInstancesSubmitEachDueArticleExactlyOnce() throws Exception {
        String database = freshDatabase();
        try (WechatFake wechat = new WechatFake();
                RunningJar first = RunningJar.start(prod(database, wechat, "a"));
                RunningJar second = RunningJar.start(prod(database, wechat, "b"))) {
            assertThat(first.awaitHealthy(START)).as(first::outputOrEmpty).isTrue();
            assertThat(second.awaitHealthy(START)).as(second::outputOrEmpty).isTrue();
            JarApi editor = new JarApi(first).awaitSignIn();
            JarApi reader = new JarApi(second).awaitSignIn();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                ids.add(editor.createArticle("竞争" + i));
            }
            Instant due = Instant.now().plusSeconds(3);
            for (long id : ids) {
                editor.schedule(id, due);
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (long id : ids) {
                    if (reader.article(id).path("publishId").isNull()) {
                        return false;
                    }
                }
                return true;
            });
            assertThat(wechat.requests("freepublish/submit")).hasSize(ARTICLES);
            assertThat(wechat.submitTimesByTitle()).hasSize(ARTICLES);
            assertThat(wechat.requests("draft/add")).hasSize(ARTICLES);
            assertThat(first.output() + second.output()).contains("submitted to WeChat");
        }
    }

    private static Map<String, String> prod(String database, WechatFake wechat, String name) throws Exception {
        Map<String, String> env = new HashMap<>(JarApi.embedded(JarApi.dataDir("jar-race-" + name + "-"), wechat));
        env.put("SPRING_PROFILES_ACTIVE", "prod");
        env.put("SPRING_DATASOURCE_URL", database);
        env.put("SPRING_DATASOURCE_USERNAME", "root");
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        env.put("SPRING_DATA_REDIS_URL", ProdTest.redisUrl());
        env.put("WX_APPID", "wx-race-test");
        return env;
    }

    /** A database of its own, emptied, so no other test's scheduler and no earlier run take part. */
    private static String freshDatabase() throws Exception {
        String url = ProdTest.databaseUrl().replaceFirst("/(\\w+)\\?", "/$1_race?");
        String server = url.replaceFirst("/\\w+\\?", "/?");
        String name = url.replaceAll(".*/(\\w+)\\?.*", "$1");
        try (Connection connection = DriverManager.getConnection(server, "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
        }
        return url;
    }
}
