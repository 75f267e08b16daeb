package org.lotus.mp.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lotus.content.PublicationStatus;
import org.lotus.content.announcement.AnnouncementDraft;
import org.lotus.content.announcement.Announcements;
import org.lotus.content.article.ArticleDraft;
import org.lotus.content.article.Articles;
import org.lotus.content.partner.PartnerDraft;
import org.lotus.content.partner.Partners;
import org.lotus.content.section.SectionContent;
import org.lotus.mp.publishing.PublishingSchedule;
import org.lotus.mp.support.Browser;
import org.lotus.mp.support.EmbeddedTest;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The editors in headless Chromium, in French and Chinese, with other content present: paragraphs survive Enter, WeChat's
 * limits are counted and enforced before anything is sent, past times are refused, publish-now asks, unschedule,
 * corrections and withdrawal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorsBrowserTest extends EmbeddedTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @LocalServerPort
    int port;

    @Autowired
    Articles articles;

    @Autowired
    Announcements announcements;

    @Autowired
    Partners partners;

    @Autowired
    PublishingSchedule schedule;

    @Autowired
    SectionContent sectionContent;

    private Browser browser;

    @BeforeAll
    void openBrowserWithContentPresent() throws Exception {
        browser = new Browser(port);
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        // The sign-in must land before the next page is asked for, or the session would not exist yet.
        browser.waitFor(By.id("signed-in-as"));
        articles.create(new ArticleDraft("已有文章", "Lotus", "摘要", "<p>已有内容。</p>", "health", "zh", null));
        partners.create(new PartnerDraft("已有机构", "免费检测", "Paris", null, null, "中文"));
        announcements.create(new AnnouncementDraft(
                "已有通知", "周四活动。", "zh", Instant.now(), Instant.now().plus(Duration.ofDays(3)), null, null, null, false));
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void french() {
        browser.open("/cms?lang=fr");
    }

    @Test
    void enterInTheEditorKeepsParagraphsOnPreviewAndSave() {
        browser.open("/cms/articles/new");
        browser.driver().findElement(By.name("title")).sendKeys("三段文字");
        browser.driver().findElement(By.id("rich-editor")).sendKeys("第一段", Keys.ENTER, "第二段", Keys.ENTER, "第三段带安全套");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#published-view .published-body p"))
                                .size()
                        == 3);
        browser.driver().findElement(By.id("save-article")).click();
        assertThat(browser.textContaining(By.id("notice"), "Article enregistré"))
                .isNotBlank();

        long id = idFromUrl();
        assertThat(articles.get(id).getBody()).isEqualTo("<p>第一段</p><p>第二段</p><p>第三段带安全套</p>");
        assertThat(browser.driver()
                        .findElements(By.cssSelector("#published-view .published-body p"))
                        .size())
                .isEqualTo(3);
    }

    @Test
    void countsWeChatsLimitsAndNeverSendsNorLosesATooLongBody() throws Exception {
        browser.open("/cms/articles/new?lang=zh");
        browser.driver().findElement(By.name("title")).sendKeys("题".repeat(70));
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(5));
        assertThat(browser.text(By.cssSelector("input[name=title] + small.counter.error")))
                .isEqualTo("70 / 64");
        browser.driver().findElement(By.name("title")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "正常标题");
        js("var e = document.getElementById('rich-editor'); e.innerHTML = '<p>' + '字'.repeat(20001) + '</p>';"
                + "e.dispatchEvent(new Event('input'));");
        wait.until(d -> d.findElement(By.cssSelector("#article-body + small.counter"))
                .getText()
                .equals("20,001 / 20,000"));
        browser.driver().findElement(By.id("save-article")).click();
        assertThat(browser.text(By.id("too-long"))).contains("内容过长");
        js("document.getElementById('too-long').scrollIntoView({block: 'center'});");
        screenshot("article-too-long-zh");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/cms/articles/new?lang=zh");
        assertThat((String) js("return document.getElementById('rich-editor').textContent;"))
                .hasSize(20_001);
        // Shortened, it goes through.
        js("var e = document.getElementById('rich-editor'); e.innerHTML = '<p>' + '字'.repeat(20000) + '</p>';"
                + "e.dispatchEvent(new Event('input'));");
        browser.driver().findElement(By.id("save-article")).click();
        assertThat(browser.textContaining(By.id("notice"), "已保存")).isNotBlank();
    }

    @Test
    void refusesAPastTimeAsksBeforePublishingAScheduledArticleNowAndUnschedules() {
        long id = articles.create(new ArticleDraft("定时文章", null, null, "<p>定时。</p>", "health", "zh", null))
                .getId();
        browser.open("/cms/articles/" + id);
        schedulePublishAt("2020-01-01T10:00");
        assertThat(browser.textContaining(By.id("problem-publishAt"), "passée"))
                .startsWith("« Date de publication » :");
        assertThat(value("#schedule-form input[name=publishAt]")).isEqualTo("2020-01-01T10:00");

        String tomorrow = LocalDate.now(PARIS).plusDays(1) + "T09:15";
        schedulePublishAt(tomorrow);
        assertThat(browser.textContaining(By.id("article-status"), "Programmé")).contains("09:15");

        browser.driver().findElement(By.cssSelector("#publish-now-form button")).click();
        Alert ask =
                new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        assertThat(ask.getText()).contains("programmé le", "09:15");
        ask.dismiss();
        assertThat(articles.get(id).getStatus()).isEqualTo(PublicationStatus.SCHEDULED);

        browser.driver().findElement(By.cssSelector("#unschedule-form button")).click();
        assertThat(browser.textContaining(By.id("article-status"), "Brouillon")).contains("Brouillon");
        assertThat(articles.get(id).getStatus()).isEqualTo(PublicationStatus.DRAFT);

        browser.open("/cms/articles/" + id + "?lang=zh");
        schedulePublishAt("2020-01-01T10:00");
        assertThat(browser.textContaining(By.id("problem-publishAt"), "已经过去")).startsWith("「发布时间」");
    }

    @Test
    void correctsAPublishedArticleAndReadersSeeItAtOnceWithTheUpdateDate() {
        long id = articles.create(new ArticleDraft("更正前", null, null, "<p>旧的地址。</p>", "health", "zh", null))
                .getId();
        schedule.publishArticleNow(id);
        await().atMost(Duration.ofSeconds(15)).until(() -> articles.get(id).getStatus() == PublicationStatus.PUBLISHED);

        browser.open("/cms/articles/" + id + "?lang=zh");
        assertThat(browser.text(By.id("correction-hint"))).contains("已发布");
        assertThat(browser.text(By.id("save-article"))).isEqualTo("更正");
        js("var e = document.getElementById('rich-editor'); e.innerHTML = '<p>新的地址，带安全套。</p>';"
                + "e.dispatchEvent(new Event('input'));");
        browser.driver().findElement(By.id("save-article")).click();
        assertThat(browser.textContaining(By.id("notice"), "更正已保存")).isNotBlank();
        assertThat(browser.text(By.id("article-corrected"))).startsWith("更正于");

        browser.driver().manage().window().setSize(new Dimension(375, 800));
        browser.open("/m/articles/" + id);
        assertThat(browser.text(By.tagName("body"))).contains("新的地址，带工具。").doesNotContain("旧的地址");
        assertThat(browser.text(By.id("updated")))
                .startsWith("更新于 " + LocalDate.now(PARIS).getYear() + "年");
        screenshot("article-corrected-375");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void editsASavedAnnouncementWithEveryFieldRefilledPublishesItNowThenWithdrawsIt() {
        LocalDateTime from =
                LocalDateTime.now(PARIS).truncatedTo(ChronoUnit.MINUTES).minusHours(1);
        long id = announcements
                .create(new AnnouncementDraft(
                        "夜间义诊会",
                        "周五下午。",
                        "zh",
                        from.atZone(PARIS).toInstant(),
                        from.plusDays(5).atZone(PARIS).toInstant(),
                        LocalDate.now(PARIS).plusDays(2),
                        java.time.LocalTime.of(15, 0),
                        "活动室",
                        false))
                .getId();
        browser.open("/cms/announcements/" + id + "?lang=zh");
        assertThat(value("#announcement-form input[name=validFrom]")).isEqualTo(from.toString());
        assertThat(value("#announcement-form input[name=validUntil]"))
                .isEqualTo(from.plusDays(5).toString());
        assertThat(value("#announcement-form input[name=eventTime]")).isEqualTo("15:00");
        assertThat(value("#announcement-form input[name=place]")).isEqualTo("活动室");

        browser.driver()
                .findElement(By.cssSelector("#announcement-form input[name=publishNow]"))
                .click();
        browser.driver().findElement(By.id("save-announcement")).click();
        assertThat(browser.textContaining(By.id("notice"), "通知")).doesNotContain("500");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> announcements.get(id).getStatus() == PublicationStatus.PUBLISHED);

        browser.open("/cms/announcements/" + id + "?lang=fr");
        assertThat(browser.text(By.id("save-announcement"))).isEqualTo("Corriger");
        screenshot("announcement-published-fr");
        browser.driver().findElement(By.cssSelector("#withdraw-form button")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(ExpectedConditions.alertIsPresent())
                .accept();
        assertThat(browser.textContaining(By.id("notice"), "retirée")).isNotBlank();
        assertThat(announcements.get(id).getStatus()).isEqualTo(PublicationStatus.WITHDRAWN);
        assertThat(sectionContent.agenda("news").orElse("")).doesNotContain("夜间义诊会");
    }

    @Test
    void schedulesAPartnerFromTheCmsAndKeepsARefusedTextInTheForm() {
        browser.open("/cms/partners?lang=fr");
        browser.driver()
                .findElement(By.cssSelector("#partner-form input[name=name]"))
                .sendKeys("新机构");
        browser.driver()
                .findElement(By.cssSelector("#partner-form textarea[name=services]"))
                .sendKeys("法轮功");
        browser.driver().findElement(By.id("save-partner")).click();
        assertThat(browser.textContaining(By.id("problem-services"), "bloqués")).startsWith("« Services proposés »");
        assertThat(value("#partner-form input[name=name]")).isEqualTo("新机构");

        browser.driver()
                .findElement(By.cssSelector("#partner-form textarea[name=services]"))
                .clear();
        browser.driver()
                .findElement(By.cssSelector("#partner-form textarea[name=services]"))
                .sendKeys("免费发放安全套");
        browser.driver().findElement(By.id("save-partner")).click();
        assertThat(browser.text(By.id("replacements"))).contains("安全套 → 工具");

        String tomorrow = LocalDate.now(PARIS).plusDays(1) + "T08:00";
        js("document.querySelector('#schedule-form input[name=publishAt]').value = arguments[0];", tomorrow);
        browser.driver().findElement(By.cssSelector("#schedule-form button")).click();
        assertThat(browser.textContaining(By.id("partner-status"), "Programmé")).contains("08:00");
    }

    private void schedulePublishAt(String value) {
        js(
                "var i = document.querySelector('#schedule-form input[name=publishAt]'); i.removeAttribute('min');"
                        + "i.value = arguments[0];",
                value);
        browser.driver().findElement(By.cssSelector("#schedule-form button")).click();
    }

    private String value(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getAttribute("value");
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    private long idFromUrl() {
        String url = browser.driver().getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*/cms/articles/(\\d+).*", "$1"));
    }

    /** Kept under target/screenshots for a look; the tour's copies live in docs/screenshots. */
    private void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(
                    dir.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
