package org.lotus.mp.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lotus.mp.support.Browser;
import org.lotus.mp.support.EmbeddedTest;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A page of another site auto-submits text/plain forms to the API in a browser that holds an administrator's
 * credentials (as one that once answered a Basic prompt would): the lexicon import and the article publish fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSiteBrowserTest extends EmbeddedTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;
    private HttpServer otherSite;
    private final String term = "跨站攻击词" + UUID.randomUUID().toString().substring(0, 4);
    private long article;

    @BeforeAll
    void start() throws Exception {
        article = ApiCrossSiteTest.draftArticle(mvc);

        String api = "http://127.0.0.1:" + port;
        Map<String, String> pages = Map.of(
                "/lexicon", page(api + "/api/lexicon/import", term + "\t\tzh\tprevention\n#"),
                "/publish", page(api + "/api/articles/" + article + "/publish", "x"));
        otherSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        otherSite.createContext("/", exchange -> {
            byte[] html =
                    pages.getOrDefault(exchange.getRequestURI().getPath(), "").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        otherSite.start();

        browser = new Browser(port);
        ChromeDriver driver = (ChromeDriver) browser.driver();
        driver.executeCdpCommand("Network.enable", Map.of());
        String credentials =
                Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        driver.executeCdpCommand(
                "Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", "Basic " + credentials)));
    }

    /** A form that sends itself as soon as the page loads, as a hostile page would. */
    private static String page(String action, String fieldName) {
        return "<!DOCTYPE html><html><body><form method=\"post\" enctype=\"text/plain\" action=\"" + action + "\">"
                + "<input type=\"hidden\" name=\""
                + fieldName.replace("\n", "&#10;").replace("\t", "&#9;")
                + "\" value=\"\"></form><script>document.forms[0].submit();</script></body></html>";
    }

    @AfterAll
    void stop() {
        browser.close();
        otherSite.stop(0);
    }

    /** Opens the other site's page (another host name: another site) and returns what our server answered. */
    private String submitFrom(String path) {
        browser.driver().get("http://localhost:" + otherSite.getAddress().getPort() + path);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().startsWith("http://127.0.0.1:" + port));
        return browser.driver().getPageSource();
    }

    @Test
    void theBrowserReallyHoldsTheAdministratorsCredentials() {
        browser.open("/api/me");
        assertThat(browser.driver().getPageSource()).contains("\"username\":\"" + ADMIN + "\"");
    }

    @Test
    void anotherSiteCannotImportIntoTheLexicon() {
        assertThat(submitFrom("/lexicon")).contains("cross-site request refused");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lexicon_entry WHERE term = ?", Long.class, term))
                .isZero();
    }

    @Test
    void anotherSiteCannotPublishAnArticle() {
        assertThat(submitFrom("/publish")).containsAnyOf("cross-site request refused", "unsupported content type");
        assertThat(jdbc.queryForObject("SELECT status FROM article WHERE id = ?", String.class, article))
                .isEqualTo("DRAFT");
    }
}
