package org.lotus.mp.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lotus.mp.support.Browser;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.Screens;
import org.lotus.mp.support.WechatFake;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The CMS as the mediator (in Chinese) and the coordinator (in French) use it every day, with real data: the dashboard,
 * the inbox as conversations, replies that survive WeChat being away, the menu, the journal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DailyUseBrowserTest extends PortalTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SchedulerClient scheduler;

    private Browser browser;
    private Screens screens;
    private DailyUseData data;
    private String urgentReader;
    private String roseOpenid;
    private String rose;
    private long pendingImage;

    @BeforeAll
    void seedAndSignIn() throws Exception {
        data = new DailyUseData(mvc, jdbc);
        long scheduled = data.article("周四免费检测", "health", "<p>每周四下午免费检测，不需要证件。</p>");
        data.schedule(scheduled, Instant.now().plus(Duration.ofDays(1)));
        long stuck = data.article("新的医保规定", "insurance", "<p>医保有新规定。</p>");
        data.stuckInPublishing(stuck, 2, scheduler);
        data.article("自我保护小贴士", "self-defence", "<p>出门前告诉同伴。</p>");
        data.announcement("本周四检测", "周四下午两点到五点免费检测。", LocalDate.now().plusDays(3));
        data.partner("Médecins du Monde", "免费看病、检测", "01 44 92 15 15");
        roseOpenid = DailyUseData.openid();
        rose = data.reader(roseOpenid, "请问周四的检测几点开始？", "需要带证件吗？");
        data.voice(DailyUseData.openid(), "我想约检测时间");
        pendingImage = data.pendingImage(DailyUseData.openid());
        urgentReader = data.reader(DailyUseData.openid(), "救命，有人跟踪我");
        browser = new Browser(port);
        screens = new Screens(browser);
        browser.signIn(ADMIN, ADMIN_PASSWORD);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @AfterEach
    void wechatBack() {
        WechatFake.shared().reachable();
    }

    @Test
    void dashboardInFrenchShowsRetriesPluralsParisTimesAndChartAxes() {
        screens.desktop();
        browser.open("/cms?lang=fr");
        assertThat(browser.text(By.id("publishing")))
                .contains("新的医保规定")
                .containsPattern("nouvel essai 3/8 à \\d\\d:\\d\\d");
        assertThat(browser.text(By.id("inbox-summary"))).containsPattern("\\d+ messages? urgents? à traiter");
        assertThat(browser.driver().findElements(By.cssSelector("#messages-chart .axis text")))
                .extracting(WebElement::getText)
                .contains("0");
        assertThat(browser.driver().findElements(By.cssSelector("#messages-chart text.value")))
                .isNotEmpty();
        assertThat(browser.text(By.id("recent-actions")))
                .containsPattern("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d")
                .contains("article créé");
        screens.save("dashboard-fr-1280");
    }

    @Test
    void dashboardInChineseOnAPhone() {
        screens.phone();
        browser.open("/cms?lang=zh");
        assertThat(browser.text(By.id("publishing"))).containsPattern("重试中 3/8，下次 \\d\\d:\\d\\d");
        assertThat(browser.driver().findElement(By.id("main-menu")).isDisplayed())
                .isFalse();
        browser.driver().findElement(By.id("menu-toggle")).click();
        assertThat(browser.driver().findElement(By.id("main-menu")).isDisplayed())
                .isTrue();
        assertThat(screens.fitsWidth()).as(screens.overflowing()).isTrue();
        screens.save("dashboard-zh-375");
    }

    @Test
    void inboxListsOneThreadPerReaderUrgentFirstWithTheCountdown() {
        screens.phone();
        browser.open("/cms/comments?lang=zh");
        List<WebElement> threads = browser.driver().findElements(By.cssSelector("#threads li.thread"));
        assertThat(threads.get(0).getAttribute("id")).isEqualTo("thread-" + urgentReader);
        String roseLine = browser.text(By.id("thread-" + rose));
        assertThat(roseLine).contains("还剩 47 小时").contains("需要带证件吗？").doesNotContain(roseOpenid);
        assertThat(screens.fitsWidth()).as(screens.overflowing()).isTrue();
        screens.save("inbox-zh-375");
    }

    @Test
    void replyTypedWhileWechatIsAwayIsKeptThenQueuedAndSentOnce() {
        screens.desktop();
        browser.open("/cms/comments/readers/" + rose + "?lang=fr");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("reply-templates")))
                .selectByIndex(2);
        String typed = browser.driver().findElement(By.id("reply-text")).getAttribute("value");
        assertThat(typed).contains("每周四下午两点");
        WechatFake.shared().unreachable();
        browser.driver().findElement(By.id("reply-send")).click();

        assertThat(browser.textContaining(By.id("reply-error"), "WeChat ne répond pas"))
                .contains("file d'attente");
        assertThat(browser.driver().findElement(By.id("reply-text")).getAttribute("value"))
                .isEqualTo(typed);
        screens.save("reply-kept-fr-1280");
        browser.driver().findElement(By.id("reply-queue")).click();
        assertThat(browser.textContaining(By.id("notice"), "file d'attente")).contains("48 heures");
        assertThat(browser.text(By.cssSelector("#messages .message.out"))).contains("en attente de WeChat");

        WechatFake.shared().reachable();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> WechatFake.shared().deliveredCustomMessages().stream()
                                .filter(body -> body.contains("每周四下午两点"))
                                .count()
                        == 1);
        browser.open("/cms/comments/readers/" + rose);
        assertThat(browser.text(By.cssSelector("#messages .message.out")))
                .contains("réponse de " + ADMIN)
                .contains("envoyée");
        screens.phone();
        assertThat(screens.fitsWidth()).as(screens.overflowing()).isTrue();
        screens.save("thread-fr-375");
    }

    @Test
    void replyWithABlockedTermKeepsTheTextAndSaysWhatToDo() throws Exception {
        data.blockedTerm("跟踪狂");
        screens.phone();
        browser.open("/cms/comments/readers/" + urgentReader + "?lang=zh");
        browser.driver().findElement(By.id("reply-text")).sendKeys("别怕跟踪狂，我们陪你报警。");
        browser.driver().findElement(By.id("reply-send")).click();
        assertThat(browser.textContaining(By.id("reply-error"), "跟踪狂")).contains("请改写后再发送");
        assertThat(browser.driver().findElement(By.id("reply-text")).getAttribute("value"))
                .isEqualTo("别怕跟踪狂，我们陪你报警。");
        screens.save("reply-blocked-zh-375");
    }

    @Test
    void handledCanBeUndoneAndTheReaderGetsANickname() {
        screens.desktop();
        browser.open("/cms/comments/readers/" + rose + "?lang=fr");
        WebElement nickname = browser.driver().findElement(By.cssSelector("#nickname-form input[name=nickname]"));
        nickname.clear();
        nickname.sendKeys("Rose du jeudi");
        browser.driver().findElement(By.cssSelector("#nickname-form button")).click();
        assertThat(browser.textContaining(By.id("thread-title"), "Rose du jeudi"))
                .contains(rose);

        browser.driver().findElement(By.cssSelector("#mark-handled button")).click();
        assertThat(browser.textContaining(By.id("notice"), "traité")).isNotBlank();
        assertThat(browser.text(By.id("thread-" + rose)))
                .contains("Rose du jeudi")
                .contains("traité");
        browser.driver().findElement(By.cssSelector("#undo-handled button")).click();
        assertThat(browser.textContaining(By.id("notice"), "rouverte")).isNotBlank();
        assertThat(browser.text(By.id("thread-state"))).contains("À traiter");
    }

    @Test
    void erasingAReaderIsInADangerZoneAndAsksForHerPseudonym() throws Exception {
        String doomed = data.reader(DailyUseData.openid(), "请删除我");
        screens.desktop();
        browser.open("/cms/comments/readers/" + doomed + "?lang=fr");
        assertThat(browser.driver().findElement(By.id("erase-form")).isDisplayed())
                .isFalse();
        browser.driver().findElement(By.cssSelector("#danger-zone summary")).click();
        ((JavascriptExecutor) browser.driver()).executeScript("window.confirm = () => true;");
        browser.driver()
                .findElement(By.cssSelector("#erase-form input[name=confirm]"))
                .sendKeys("pas-elle");
        browser.driver().findElement(By.cssSelector("#erase-form button")).click();
        assertThat(browser.textContaining(By.cssSelector("#erase-form .error"), doomed))
                .contains("ne correspond pas");
        screens.save("erase-danger-zone-fr-1280");

        ((JavascriptExecutor) browser.driver()).executeScript("window.confirm = () => true;");
        browser.driver()
                .findElement(By.cssSelector("#erase-form input[name=confirm]"))
                .sendKeys(doomed);
        browser.driver().findElement(By.cssSelector("#erase-form button")).click();
        assertThat(browser.textContaining(By.id("notice"), "effacé")).isNotBlank();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM reader_message WHERE reader_pseudonym LIKE ?", Long.class, doomed + "%"))
                .isZero();
    }

    @Test
    void aPhotoWechatHasNotHandedOverYetSaysSoAndWhenItIsTriedAgain() {
        String reader = jdbc.queryForObject(
                        "SELECT reader_pseudonym FROM reader_message WHERE id = ?", String.class, pendingImage)
                .substring(0, 12);
        screens.desktop();
        browser.open("/cms/comments/readers/" + reader + "?lang=fr");
        assertThat(browser.text(By.cssSelector("#comment-" + pendingImage + " .media-state")))
                .contains("en cours de récupération")
                .containsPattern("essai \\d+, prochain à \\d\\d:\\d\\d");
        browser.open("/cms/comments/readers/" + reader + "?lang=zh");
        assertThat(browser.text(By.cssSelector("#comment-" + pendingImage + " .media-state")))
                .contains("正在从微信获取文件")
                .containsPattern("第 \\d+ 次尝试，下次 \\d\\d:\\d\\d");
    }

    @Test
    void menuPublishingWithWechatAwayIsAnErrorNeverAGreenBox() {
        WechatFake.shared().menuUnreachable();
        screens.phone();
        browser.open("/cms/sections?lang=fr");
        ((JavascriptExecutor) browser.driver()).executeScript("window.confirm = () => true;");
        browser.driver().findElement(By.cssSelector("#menu-publish button")).click();
        assertThat(browser.textContaining(By.id("menu-problem"), "WeChat ne répond pas"))
                .contains("menu des lectrices n'a pas changé")
                .contains("Le menu n'a pas été envoyé");
        assertThat(browser.driver().findElements(By.id("notice"))).isEmpty();
        assertThat(screens.fitsWidth()).as(screens.overflowing()).isTrue();
        screens.save("menu-unreachable-fr-375");
    }

    @Test
    void tooLongButtonNameIsShownBesideTheFieldWithWhatWasTyped() {
        screens.desktop();
        browser.open("/cms/sections?lang=zh");
        WebElement name = browser.driver()
                .findElement(By.cssSelector("form[action='/cms/sections/groups/us'] input[name=nameZh]"));
        name.clear();
        name.sendKeys("关于我们关于我们");
        browser.driver()
                .findElement(By.cssSelector("form[action='/cms/sections/groups/us'] button"))
                .click();
        assertThat(browser.textContaining(By.id("group-error-us"), "24 字节")).contains("「按钮名称（中文）」");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("form[action='/cms/sections/groups/us'] input[name=nameZh]"))
                        .getAttribute("value"))
                .isEqualTo("关于我们关于我们");
        assertThat(browser.driver().findElements(By.id("notice"))).isEmpty();
        screens.save("menu-name-too-long-zh-1280");
    }

    @Test
    void journalIsTranslatedFilteredAndLinksToWhatChanged() {
        screens.desktop();
        browser.open("/cms/audit?lang=fr&action=article");
        String table = browser.text(By.id("audit-table"));
        assertThat(table)
                .contains("article créé")
                .doesNotContain("article.created")
                .doesNotContain("partenaire créé");
        assertThat(table).containsPattern("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#audit-table a"))
                        .getAttribute("href"))
                .contains("/cms/articles/");
        screens.save("journal-fr-1280");
        screens.phone();
        browser.open("/cms/audit?lang=zh");
        assertThat(browser.text(By.id("audit-table"))).contains("创建文章").contains("创建合作机构");
        assertThat(screens.fitsWidth()).as(screens.overflowing()).isTrue();
        screens.save("journal-zh-375");
    }

    @Test
    void aBadLexiconImportSaysWhichLineAndWhatToDoInBothLanguages() throws Exception {
        java.nio.file.Path tsv = java.nio.file.Files.createTempFile(dataDir(), "lexicon-", ".tsv");
        java.nio.file.Files.writeString(tsv, "安全套\t工具\tzh\tprevention\n只有两列\t工具\n");
        screens.desktop();
        for (String lang : List.of("fr", "zh")) {
            browser.open("/cms/lexicon?lang=" + lang);
            browser.driver()
                    .findElement(By.cssSelector("form[action='/cms/lexicon/import'] input[type=file]"))
                    .sendKeys(tsv.toAbsolutePath().toString());
            browser.driver()
                    .findElement(By.cssSelector("form[action='/cms/lexicon/import'] button"))
                    .click();
            String expected = lang.equals("fr") ? "Ligne 2 du fichier : 2 colonnes" : "文件第 2 行：有 2 列";
            assertThat(browser.textContaining(By.id("lexicon-problem"), expected))
                    .doesNotContain("expected 4 or 5");
        }
        screens.save("lexicon-import-error-zh-1280");
    }
}
