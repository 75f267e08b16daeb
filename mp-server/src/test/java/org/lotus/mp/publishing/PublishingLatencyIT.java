package org.lotus.mp.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.RunningJar;

/**
 * Due-to-submit latency of 50 articles coming due 200 ms apart on one jar (embedded default): from each article's
 * publishAt to WeChat's fake receiving its {@code freepublish/submit}. Figures go to target/publishing-latency.txt.
 */
class PublishingLatencyIT {

    private static final int ARTICLES = 50;

    @Test
    void everyDueArticleReachesSubmitWithinTwoSeconds() throws Exception {
        try (WechatFake wechat = new WechatFake();
                RunningJar jar = RunningJar.start(JarApi.embedded(JarApi.dataDir("jar-latency-"), wechat))) {
            assertThat(jar.awaitHealthy(Duration.ofSeconds(120)))
                    .as(jar::outputOrEmpty)
                    .isTrue();
            JarApi api = new JarApi(jar).awaitSignIn();
            Map<String, Instant> due = new HashMap<>();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                ids.add(api.createArticle("延迟" + i));
            }
            Instant first = Instant.now().plusSeconds(5);
            for (int i = 0; i < ARTICLES; i++) {
                Instant at = first.plusMillis(200L * i);
                api.schedule(ids.get(i), at);
                due.put("延迟" + i, at);
            }

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> wechat.submitTimesByTitle().size() == ARTICLES);
            Map<String, Instant> submitted = wechat.submitTimesByTitle();
            List<Long> latencies = new ArrayList<>();
            due.forEach((title, at) ->
                    latencies.add(Duration.between(at, submitted.get(title)).toMillis()));
            latencies.sort(null);
            long median = (latencies.get(ARTICLES / 2 - 1) + latencies.get(ARTICLES / 2)) / 2;
            long worst = latencies.get(ARTICLES - 1);
            Files.writeString(
                    Path.of("target", "publishing-latency.txt"),
                    "articles=" + ARTICLES + " median_ms=" + median + " worst_ms=" + worst + " best_ms="
                            + latencies.get(0) + "\n",
                    StandardCharsets.UTF_8);
            assertThat(latencies.get(0)).isGreaterThanOrEqualTo(0);
            assertThat(worst).isLessThan(2000);
        }
    }
}
