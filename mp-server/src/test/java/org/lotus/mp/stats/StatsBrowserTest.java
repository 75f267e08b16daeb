package org.lotus.mp.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lotus.mp.channels.Channel;
import org.lotus.mp.channels.Channels;
import org.lotus.mp.support.Browser;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.PublishedContent;
import org.lotus.mp.support.WechatFake;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The statistics page, the yearly report, a channel's card and the notify page in headless Chromium. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsBrowserTest extends PortalTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    DailyCounts counts;

    @Autowired
    Channels channels;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.lotus.mp.outreach.OutreachLog outreach;

    private Browser browser;
    private Channel bus;

    @BeforeAll
    void seedTwelveWeeksAndOpenBrowser() throws Exception {
        WechatFake.shared().givenQrCodeUrl("http://weixin.qq.com/q/" + UUID.randomUUID());
        bus = channels.create("Bus Belleville", "mardi soir");
        channels.create("Flyer santé 2027", null);
        Instant now = Instant.now();
        for (int day = 0; day < 84; day++) {
            Instant at = now.minus(day, ChronoUnit.DAYS);
            for (int i = 0; i < 1 + (day * 7) % 5; i++) {
                counts.increment(Metric.FOLLOWS, "", at);
                counts.increment(Metric.MESSAGES, day % 3 == 0 ? "voice" : "text", at);
            }
            if (day % 4 == 0) {
                counts.increment(Metric.UNFOLLOWS, "", at);
                counts.increment(Metric.ANSWERED, "", at);
                counts.increment(Metric.FIRST_ANSWER_MINUTES, Integer.toString(day % 8 == 0 ? 30 : 120), at);
                counts.increment(Metric.CHANNEL_FOLLOWS, Long.toString(bus.id()), at);
                counts.increment(Metric.MENU_TAPS, "emergency", at);
            }
            counts.increment(Metric.MENU_TAPS, "health", at);
        }
        counts.increment(Metric.CHANNEL_SCANS, Long.toString(bus.id()));
        long article = PublishedContent.article(jdbc, "免费检测", "health");
        counts.increment(Metric.ARTICLE_READS, Long.toString(article));
        outreach.log(
                new org.lotus.mp.outreach.OutreachLog.NewContact(
                        "Wannonce", "Paris", counts.today(), "06 12 34 56 78", null, "sent"),
                ADMIN);
        Files.createDirectories(SCREENSHOTS);
        browser = new Browser(port);
        browser.driver().manage().window().setSize(new Dimension(1280, 2600));
        browser.signIn(ADMIN, ADMIN_PASSWORD);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    void screenshot(String name) throws Exception {
        Path shot = ((org.openqa.selenium.TakesScreenshot) browser.driver())
                .getScreenshotAs(OutputType.FILE)
                .toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void showsChartsByWeekAndMonthAndTheChannelsInFrench() throws Exception {
        browser.open("/cms/stats?lang=fr");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Statistiques");
        List<WebElement> charts = browser.driver().findElements(By.cssSelector("svg.stats-chart"));
        assertThat(charts).hasSize(4);
        assertThat(charts.get(0).findElements(By.tagName("rect")).size()).isGreaterThan(20);
        assertThat(charts.get(0).getSize().getHeight()).isGreaterThan(100);
        assertThat(browser.text(By.id("stats-channels"))).contains("Bus Belleville", "Flyer santé 2027");
        assertThat(browser.text(By.id("stats-totals"))).contains("≤ 2 h");
        assertThat(browser.text(By.id("stats-menu-taps"))).contains("84");
        assertThat(browser.text(By.id("stats-reads"))).contains("免费检测");
        assertThat(browser.text(By.id("stats-outreach"))).contains("Wannonce", "Paris");
        assertThat(browser.text(By.id("stats-totals"))).contains("Contacts de maraude virtuelle");
        screenshot("stats-fr.png");
    }

    @Test
    void speaksChineseOnRequest() throws Exception {
        browser.open("/cms/stats?lang=zh");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("数据统计");
        assertThat(browser.text(By.id("charts-monthly"))).contains("按月");
        assertThat(browser.text(By.id("stats-outreach"))).contains("网站", "城市", "Wannonce");
        screenshot("stats-zh.png");
        browser.driver().manage().window().setSize(new Dimension(375, 2600));
        browser.open("/cms/stats");
        screenshot("stats-zh-375.png");
        browser.driver().manage().window().setSize(new Dimension(1280, 2600));
        browser.open("/cms/stats?lang=fr");
    }

    @Test
    void printsAYearlyReportInFrench() throws Exception {
        browser.open("/cms/stats");
        browser.driver().findElement(By.id("stats-report")).click();

        assertThat(browser.textContaining(By.tagName("h1"), "Rapport d'activité"))
                .contains("Rapport d'activité");
        assertThat(browser.text(By.id("report-indicators"))).contains("Nouvelles abonnées", "Articles publiés");
        java.time.LocalDate newYear = counts.today().withDayOfYear(1);
        long contacts = jdbc.queryForObject(
                "SELECT COUNT(*) FROM outreach_contact WHERE contacted_on >= ?", Long.class, newYear);
        long onWannonce = jdbc.queryForObject(
                "SELECT COUNT(*) FROM outreach_contact WHERE contacted_on >= ? AND platform = 'Wannonce'",
                Long.class,
                newYear);
        assertThat(contacts).isPositive();
        assertThat(browser.text(By.id("report-outreach"))).isEqualTo(Long.toString(contacts));
        assertThat(browser.text(By.id("report-indicators"))).contains("Wannonce " + onWannonce);
        assertThat(browser.text(By.id("report-channels"))).contains("Bus Belleville");
        screenshot("report.png");
    }

    @Test
    void showsAChannelsPrintableCard() throws Exception {
        browser.open("/cms/channels/" + bus.id() + "/card");

        WebElement card = browser.waitFor(By.cssSelector("#channel-card svg"));
        assertThat(card.getText()).contains("莲花姐妹", "微信扫一扫");
        screenshot("channel-card.png");
        browser.open("/cms/channels");
        assertThat(browser.driver().findElements(By.cssSelector("img.channel-qr")))
                .isNotEmpty();
        screenshot("channels.png");
    }

    @Test
    void notifiesFollowersOfAnArticleAfterAPreview() throws Exception {
        long article = PublishedContent.article(jdbc, "紧急阻断48小时", "emergency");
        browser.open("/cms/articles/" + article + "?lang=fr");
        browser.waitFor(By.cssSelector("#notify-link a")).click();

        assertThat(browser.text(By.id("notify-quota"))).contains("0/1");
        assertThat(browser.driver().findElement(By.id("notify-send-button")).isEnabled())
                .isFalse();
        browser.driver().findElement(By.name("towxname")).sendKeys("mediatrice-lotus");
        browser.driver().findElement(By.id("notify-preview-button")).click();
        assertThat(browser.textContaining(By.id("notice"), "Aperçu envoyé")).contains("Aperçu envoyé");
        browser.driver().findElement(By.id("notify-send-button")).click();
        browser.driver().switchTo().alert().accept();

        assertThat(browser.textContaining(By.id("notify-status"), "Envoyé")).contains("Envoyé à toutes les abonnées");
        assertThat(browser.text(By.id("notify-quota"))).contains("1/1");
        screenshot("notify.png");
    }
}
