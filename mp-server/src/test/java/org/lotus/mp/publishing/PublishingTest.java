package org.lotus.mp.publishing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.lotus.content.article.Article;
import org.lotus.content.article.Articles;
import org.lotus.mp.publishing.rewriter.LexiconDouble;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the publishing tests: one application (its own H2 database, so no other test's scheduler sees its jobs)
 * talking to one WeChat fake, with short retry and reconcile delays.
 */
@Import(LexiconDouble.class)
public abstract class PublishingTest extends EmbeddedTest {

    protected static final WechatFake WECHAT = new WechatFake();
    private static final Path DATA_DIR = dataDirectory();

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected Articles articles;

    @DynamicPropertySource
    static void publishingProperties(DynamicPropertyRegistry registry) {
        // A database of its own (an override of lotus.data-dir loses to EmbeddedTest's): other contexts'
        // schedulers, configured without WeChat, must not run these tests' jobs.
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + DATA_DIR.resolve("lotus") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE;WRITE_DELAY=0");
        registry.add("wx.appid", () -> "wx-test-app");
        registry.add("wx.secret", () -> "test-secret");
        registry.add("wx.api-base-url", WECHAT::baseUrl);
        registry.add("lotus.public-base-url", () -> "https://lotus.example.org");
        registry.add("lotus.publishing.retry-backoff", () -> "200ms");
        registry.add("lotus.publishing.max-attempts", () -> "4");
        registry.add("lotus.publishing.call-timeout", () -> "1s");
        registry.add("lotus.publishing.reconcile-interval", () -> "1s");
        registry.add("lotus.publishing.result-poll-after", () -> "3s");
        registry.add("lotus.publishing.mass-pushes-per-day", () -> "1000");
    }

    @BeforeEach
    void wechatAnswersNormally() {
        WECHAT.reset();
    }

    protected static final Duration PUBLISHING = Duration.ofSeconds(20);

    protected long createArticle(String title, String body) throws Exception {
        String json = """
                {"title":"%s","author":"Lotus","digest":"摘要","body":%s,"section":"health","language":"zh"}""".formatted(title, JsonMapper.shared().writeValueAsString(body));
        return json(mvc.perform(post("/api/articles")
                                .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .path("id")
                .asLong();
    }

    protected void publishNow(long id) throws Exception {
        mvc.perform(post("/api/articles/" + id + "/publish").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isAccepted());
    }

    protected Article article(long id) {
        return articles.get(id);
    }

    protected static JsonNode json(String body) {
        return JsonMapper.shared().readTree(body);
    }

    private static Path dataDirectory() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target"), "publishing-data-")
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
