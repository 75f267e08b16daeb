package org.lotus.mp.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lotus.mp.lexicon.LexiconEntries;
import org.lotus.mp.lexicon.LexiconRow;
import org.lotus.mp.replies.AutomaticReplies;
import org.lotus.mp.replies.KeywordAnswer;
import org.lotus.mp.replies.KeywordAnswers;
import org.lotus.mp.replies.ReaderTexts;
import org.lotus.mp.replies.ReplyKey;
import org.lotus.mp.support.Browser;
import org.lotus.mp.support.EmbeddedTest;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.LexiconEntry;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The mediator edits automatic replies and keyword answers and reviews texts after a lexicon change, in Chromium. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderTextsBrowserTest extends EmbeddedTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    AutomaticReplies replies;

    @Autowired
    KeywordAnswers answers;

    @Autowired
    ReaderTexts texts;

    @Autowired
    LexiconEntries lexicon;

    private Browser browser;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = new Browser(port);
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
        replies.save(ReplyKey.WELCOME, ReplyKey.WELCOME.seedText(), ReplyKey.WELCOME.seedTextFr(), null);
    }

    void screenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }

    WebElement welcomeText() {
        return browser.waitFor(By.cssSelector("#reply-welcome textarea[name=text]"));
    }

    @Test
    void showsTheWelcomeAsReadersWillGetItWhileTheMediatorTypesAndSavesIt() throws Exception {
        browser.open("/cms/replies?lang=fr");
        WebElement text = welcomeText();
        text.clear();
        text.sendKeys("欢迎！我们免费送安全套。");

        assertThat(browser.textContaining(By.cssSelector("#served-welcome mark.replacement"), "工具"))
                .isEqualTo("工具");
        assertThat(browser.text(By.cssSelector("#served-welcome .bytes"))).contains("/ 2048");
        screenshot("replies-fr");
        browser.driver()
                .findElement(By.cssSelector("#reply-welcome button[type=submit]"))
                .click();

        assertThat(browser.textContaining(By.id("notice"), "enregistrée")).contains("Réponse enregistrée");
        assertThat(texts.text(ReplyKey.WELCOME)).isEqualTo("欢迎！我们免费送工具。");
    }

    @Test
    void keepsWhatWasTypedAndNamesTheBlockedTermWhenAReplyIsRefused() throws Exception {
        browser.open("/cms/replies?lang=zh");
        WebElement text = browser.waitFor(By.cssSelector("#reply-erased textarea[name=text]"));
        text.clear();
        text.sendKeys("已经删除了，不谈法轮功。");
        browser.driver()
                .findElement(By.cssSelector("#reply-erased button[type=submit]"))
                .click();

        assertThat(browser.textContaining(By.id("reply-problem"), "法轮功")).contains("没有保存");
        assertThat(browser.waitFor(By.cssSelector("#reply-erased textarea[name=text]"))
                        .getAttribute("value"))
                .isEqualTo("已经删除了，不谈法轮功。");
        screenshot("replies-zh-refused");
        assertThat(texts.text(ReplyKey.ERASED)).doesNotContain("法轮功");
    }

    @Test
    void createsAKeywordAnswer() throws Exception {
        browser.open("/cms/auto-replies?lang=fr");
        browser.waitFor(By.cssSelector("#answer-new summary")).click();
        browser.waitFor(By.cssSelector("#answer-new textarea[name=keywords]")).sendKeys("早餐\n早饭");
        browser.driver()
                .findElement(By.cssSelector("#answer-new textarea[name=text]"))
                .sendKeys("每月第一个周二有早餐聚会。");
        browser.driver()
                .findElement(By.cssSelector("#answer-new button[type=submit]"))
                .click();

        assertThat(browser.textContaining(By.id("notice"), "enregistrée")).contains("mot-clé");
        KeywordAnswer created = answers.all().stream()
                .filter(a -> a.keywords().contains("早餐"))
                .findFirst()
                .orElseThrow();
        assertThat(created.keywords()).containsExactly("早餐", "早饭");
        assertThat(texts.answerTo("明天有早饭吗").map(KeywordAnswer::text)).contains("每月第一个周二有早餐聚会。");
        screenshot("auto-replies-fr");
        answers.delete(created.id());
    }

    @Test
    void listsTextsToReviewOnTheDashboardAfterALexiconChangeAndAppliesTheRewrite() throws Exception {
        KeywordAnswer answer = answers.create(new KeywordAnswer.Draft(
                        java.util.List.of("点心"), KeywordAnswer.Match.CONTAINS, "周四下午有杏仁酥。", null, null, null, null))
                .answer();
        LexiconRow entry = lexicon.save(LexiconEntry.of("杏仁酥", "小点心", Language.ZH, "test"));
        try {
            browser.open("/cms?lang=fr");
            String card = browser.textContaining(By.id("text-review"), "À relire");
            assertThat(card).contains("Réponse par mot-clé", "杏仁酥 → 小点心");
            screenshot("dashboard-review-fr");
            browser.driver()
                    .findElement(By.cssSelector("#review-keyword-answer-" + answer.id() + " button"))
                    .click();

            assertThat(browser.textContaining(By.id("notice"), "appliquée")).contains("Réécriture appliquée");
            assertThat(answers.find(answer.id()).orElseThrow().text()).isEqualTo("周四下午有小点心。");
            assertThat(browser.driver().findElements(By.id("review-keyword-answer-" + answer.id())))
                    .isEmpty();
        } finally {
            lexicon.delete(entry.getId());
            answers.delete(answer.id());
        }
    }

    @Test
    void readersSectionPagesFitANarrowPhone() throws Exception {
        browser.driver().manage().window().setSize(new Dimension(375, 800));
        try {
            browser.open("/m/sections/partners");
            Object overflow = ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
            assertThat(overflow).isEqualTo(false);
            screenshot("mobile-partners-375");
            browser.open("/m/sections/health");
            screenshot("mobile-health-375");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
