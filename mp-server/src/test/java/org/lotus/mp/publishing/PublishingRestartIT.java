package org.lotus.mp.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.RunningJar;

/** The job store survives a crash: an article scheduled before a {@code kill -9} is submitted once after restart. */
class PublishingRestartIT {

    private static final Duration START = Duration.ofSeconds(120);

    @Test
    void submitsAnArticleScheduledBeforeAHardRestartExactlyOnce() throws Exception {
        try (WechatFake wechat = new WechatFake()) {
            Path dataDir = JarApi.dataDir("jar-restart-");
            Map<String, String> env = JarApi.embedded(dataDir, wechat);
            long id;
            try (RunningJar first = RunningJar.start(env)) {
                assertThat(first.awaitHealthy(START)).as(first::outputOrEmpty).isTrue();
                JarApi api = new JarApi(first).awaitSignIn();
                id = api.createArticle("重启前排期");
                api.schedule(id, Instant.now().plusSeconds(3));
                first.kill();
            }
            assertThat(wechat.requests("freepublish/submit")).isEmpty();

            try (RunningJar second = RunningJar.start(env)) {
                assertThat(second.awaitHealthy(START)).as(second::outputOrEmpty).isTrue();
                JarApi api = new JarApi(second).awaitSignIn();
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> !api.article(id).path("publishId").isNull());
                assertThat(api.article(id).path("status").asString()).isEqualTo("PUBLISHING");
                assertThat(api.article(id).path("publishedTitle").asString()).isEqualTo("重启前排期");
                assertThat(wechat.requests("freepublish/submit")).hasSize(1);
                assertThat(second.output()).contains("article " + id + " submitted to WeChat");
                assertThat(second.output()).doesNotContain("token-", "access_token=");
            }
        }
    }
}
