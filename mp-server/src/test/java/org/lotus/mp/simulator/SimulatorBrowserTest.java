package org.lotus.mp.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lotus.mp.support.Browser;
import org.lotus.mp.support.DemoTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mediator's day in demo mode, in headless Chromium with a fake microphone: a simulated reader follows, taps
 * every menu entry, writes and records; the mediator sees both in the inbox and answers the voice note; the answer
 * arrives on the phone; an article scheduled a minute ahead is published through PUBLISHJOBFINISH and reaches
 * the phone. The screenshots are the tour's (docs/tour).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatorBrowserTest extends DemoTest {

    static final Path TOUR = Path.of("..", "docs", "tour");
    static final Dimension PHONE = new Dimension(375, 812);
    static final Dimension DESK = new Dimension(1280, 900);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SimulatedReaders readers;

    private Browser browser;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = new Browser(PORT, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream");
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void readerFollowsTapsWritesRecordsAndGetsTheMediatorsAnswer() throws Exception {
        await().atMost(Duration.ofSeconds(90))
                .until(() ->
                        jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE status = 'PUBLISHED'", Integer.class)
                                >= 16);
        browser.driver().manage().window().setSize(PHONE);
        browser.signIn(ADMIN, ADMIN_PASSWORD).open("/simulator?lang=zh");
        browser.driver().findElement(By.id("new-reader-name")).sendKeys("阿芳");
        browser.driver().findElement(By.id("create-reader")).click();
        browser.textContaining(By.id("reader-name"), "阿芳");

        browser.driver().findElement(By.id("follow")).click();
        assertThat(browser.textContaining(By.id("chat"), "欢迎关注")).contains("欢迎关注");

        int replies = theirs().size();
        for (WebElement top : browser.driver().findElements(By.cssSelector(".wx-menu-button"))) {
            String id = top.getAttribute("id");
            List<WebElement> subs = browser.driver().findElements(By.cssSelector("#" + id + " + ul button"));
            if (subs.isEmpty()) {
                if (top.getAttribute("data-view") == null) {
                    top.click();
                    replies = awaitReply(replies);
                }
                continue;
            }
            for (int j = 0; j < subs.size(); j++) {
                if (subs.get(j).getAttribute("data-view") != null) {
                    continue; // opens our page instead of asking for a reply
                }
                browser.driver().findElement(By.id(id)).click();
                browser.driver().findElement(By.id(id + "-" + j)).click();
                replies = awaitReply(replies);
            }
        }
        shoot("3-phone-menu.png");

        browser.driver().findElement(By.id("text")).sendKeys("请问周四检测要预约吗？");
        browser.driver().findElement(By.id("send")).click();
        replies = awaitReply(replies);
        assertThat(browser.text(By.id("text"))).isEmpty();

        browser.driver().findElement(By.id("record")).click();
        browser.waitFor(By.cssSelector("#record.recording"));
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true); // two seconds of the fake microphone's tone
        browser.driver().findElement(By.id("record")).click();
        browser.waitFor(By.cssSelector("#chat li.mine[data-type=voice]"));
        awaitReply(replies);
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> jdbc.queryForList(
                                "SELECT media_status FROM reader_message WHERE kind = 'voice'", String.class),
                        statuses -> statuses.contains("STORED"));
        long voiceId = jdbc.queryForObject("SELECT MAX(id) FROM reader_message WHERE kind = 'voice'", Long.class);

        browser.driver().manage().window().setSize(DESK);
        String thread = jdbc.queryForObject(
                        "SELECT reader_pseudonym FROM reader_message WHERE id = ?", String.class, voiceId)
                .substring(0, 12);
        browser.open("/cms/comments/readers/" + thread + "?lang=fr");
        browser.waitFor(By.cssSelector("#comment-" + voiceId + " audio"));
        assertThat(browser.text(By.tagName("main"))).contains("请问周四检测要预约吗？");
        browser.driver().findElement(By.id("reply-text")).sendKeys("不用预约，周四下午两点直接来，我们等你。");
        shoot("4-inbox-voice.png");
        browser.driver().findElement(By.id("reply-send")).click();
        assertThat(browser.text(By.id("notice"))).isEqualTo("Réponse envoyée.");

        browser.driver().manage().window().setSize(PHONE);
        browser.open("/simulator?lang=zh");
        assertThat(browser.textContaining(By.id("chat"), "不用预约")).contains("不用预约");
        assertThat(browser.text(By.cssSelector("#chat li.theirs:last-child .via")))
                .isEqualTo("工作人员回复");
        shoot("5-phone-answer.png");
    }

    @Test
    void articleScheduledAMinuteAheadIsPublishedAndReachesThePhone() throws Exception {
        browser.driver().manage().window().setSize(DESK);
        browser.signIn(ADMIN, ADMIN_PASSWORD).open("/cms/articles/new?lang=fr");
        String title = "防身课：遇到危险怎么脱身";
        browser.driver().findElement(By.name("title")).sendKeys(title);
        browser.driver().findElement(By.name("digest")).sendKeys("女老师用中文教，免费参加");
        browser.driver()
                .findElement(By.cssSelector("select[name=section] option[value=self-defence]"))
                .click();
        browser.driver().findElement(By.id("rich-editor")).sendKeys("出门前告诉姐妹你去哪里，包里带好安全套和手机。");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#published-view mark.replacement"))
                        .isEmpty());
        browser.driver().findElement(By.id("save-article")).click();
        assertThat(browser.text(By.id("notice"))).isEqualTo("Article enregistré.");
        shoot("1-write.png");

        LocalDateTime publishAt =
                LocalDateTime.now(ZoneId.of("Europe/Paris")).plusSeconds(90).truncatedTo(ChronoUnit.MINUTES);
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "document.querySelector('#schedule-form input[name=publishAt]').value = arguments[0];",
                        publishAt.toString());
        browser.driver().findElement(By.cssSelector("#schedule-form button")).click();
        assertThat(browser.textContaining(By.id("article-status"), "Programmé")).contains("Programmé");
        shoot("2-schedule.png");
        long id = jdbc.queryForObject("SELECT MAX(id) FROM article WHERE title = ?", Long.class, title);

        // freepublish/get is polled only after ten minutes here: PUBLISHED comes from PUBLISHJOBFINISH.
        await().atMost(Duration.ofSeconds(180))
                .until(
                        () -> jdbc.queryForObject("SELECT status FROM article WHERE id = ?", String.class, id),
                        "PUBLISHED"::equals);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM publish_job_result r JOIN article a ON a.publish_id = r.publish_id"
                                + " WHERE a.id = ?",
                        Integer.class,
                        id))
                .isEqualTo(1);

        SimulatorData.Reader reader = readers.create("阿梅");
        readers.send(reader.id, new SimulatedReaders.Sent("subscribe", null, null, null, null));
        List<SimulatedReaders.ReplyView> tapped =
                readers.send(reader.id, new SimulatedReaders.Sent("click", null, "self-defence", null, null));
        assertThat(tapped).singleElement().satisfies(reply -> {
            assertThat(reply.type()).isEqualTo("news");
            assertThat(reply.title()).isEqualTo(title);
        });
        browser.driver().manage().window().setSize(PHONE);
        ((JavascriptExecutor) browser.driver())
                .executeScript("sessionStorage.setItem('simulator.reader', arguments[0]);", String.valueOf(reader.id));
        browser.open("/simulator?lang=zh");
        assertThat(browser.textContaining(By.id("chat"), title)).contains(title);
        shoot("3-phone-article.png");
    }

    private List<WebElement> theirs() {
        return browser.driver().findElements(By.cssSelector("#chat li.theirs"));
    }

    private int awaitReply(int before) {
        await().atMost(Duration.ofSeconds(20)).until(() -> theirs().size() > before);
        return theirs().size();
    }

    private void shoot(String name) throws Exception {
        Files.createDirectories(TOUR);
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
        Path shot = ((org.openqa.selenium.TakesScreenshot) browser.driver())
                .getScreenshotAs(OutputType.FILE)
                .toPath();
        Files.copy(shot, TOUR.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
