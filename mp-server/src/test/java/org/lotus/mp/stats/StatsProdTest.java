package org.lotus.mp.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.ProdTest;
import org.lotus.mp.support.PublishedContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Counters, channels and notifications on MariaDB and Redis, without WeChat credentials. */
class StatsProdTest extends ProdTest {

    @Autowired
    DailyCounts counts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void addsEveryConcurrentIncrementExactlyOnce() throws Exception {
        String item = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    counts.increment(Metric.MENU_TAPS, item);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        Long n = jdbc.queryForObject(
                "SELECT SUM(n) FROM daily_count WHERE metric = 'menuTaps' AND item = ?", Long.class, item);
        assertThat(n).isEqualTo(400);
    }

    @Test
    void answersTheStatsOfARange() throws Exception {
        counts.increment(Metric.FOLLOWS, "");

        mvc.perform(get("/api/stats").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days.length()").value(30))
                .andExpect(jsonPath("$.totals.follows").isNumber());
    }

    @Test
    void keepsAChannelWhenWechatIsNotConfiguredAndSaysWhyItHasNoCode() throws Exception {
        String body = mvc.perform(post("/api/channels")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Atelier autodéfense\",\"note\":\"mars\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.qrProblem").isString())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = tools.jackson.databind.json.JsonMapper.shared()
                .readTree(body)
                .path("id")
                .asLong();

        mvc.perform(get("/api/channels/" + id + "/qr.png").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.error").isString());
    }

    @Test
    void sendsNothingWithoutWechatCredentials() throws Exception {
        long article = PublishedContent.article(jdbc, "医保", "insurance");

        mvc.perform(post("/api/articles/" + article + "/notify")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"preview\":true,\"towxname\":\"mediatrice-lotus\"}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.kind").value("NOT_SENT"));
        mvc.perform(get("/api/articles/" + article + "/notify").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.status").value("NONE"));
    }
}
