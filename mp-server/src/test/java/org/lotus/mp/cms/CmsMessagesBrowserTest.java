package org.lotus.mp.cms;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lotus.mp.support.Browser;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.Screens;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the CMS says to staff, with data present: a refused form names the field by its label in the staff member's
 * language, next to the field, with what was typed kept; dates in Paris time; reply templates edited by moderators.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CmsMessagesBrowserTest extends PortalTest {

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
    private String rose;

    @BeforeAll
    void seedAndSignIn() throws Exception {
        DailyUseData data = new DailyUseData(mvc, jdbc);
        data.announcement("本周四检测", "周四下午两点到五点免费检测。", LocalDate.of(2026, 12, 3));
        rose = data.reader(DailyUseData.openid(), "请问怎么预约检测？");
        long stuck = data.article("医保新规定", "insurance", "<p>医保有新规定。</p>");
        data.stuckInPublishing(stuck, 2, scheduler);
        browser = new Browser(port);
        screens = new Screens(browser);
        browser.signIn(ADMIN, ADMIN_PASSWORD);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    private void type(String name, String value) {
        WebElement field = browser.driver().findElement(By.cssSelector("#announcement-form [name=" + name + "]"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", field, value);
    }

    private String value(By by) {
        return browser.driver().findElement(by).getAttribute("value");
    }

    @Test
    void refusedAnnouncementSaysWhichFieldInChineseNextToItAndKeepsWhatWasTyped() {
        screens.desktop();
        browser.open("/cms/announcements?lang=zh");
        type("title", "周五健康讲座");
        type("body", "周五下午在美丽城有健康讲座。");
        type("validFrom", "2026-12-10T10:00");
        type("validUntil", "2026-12-09T10:00");
        browser.driver().findElement(By.id("save-announcement")).click();

        assertThat(browser.textContaining(By.id("problem-validUntil"), "显示结束"))
                .isEqualTo("「显示结束」：必须晚于\"显示开始\"。")
                .doesNotContain("validUntil");
        assertThat(value(By.cssSelector("#announcement-form [name=title]"))).isEqualTo("周五健康讲座");
        assertThat(value(By.cssSelector("#announcement-form [name=validUntil]")))
                .isEqualTo("2026-12-09T10:00");
        assertThat(browser.driver().findElements(By.id("announcement-problem"))).isEmpty();
        screens.save("announcement-refused-zh-1280");
    }

    @Test
    void announcementListShowsDaysAsStaffWriteThemNeverIso() {
        browser.open("/cms/announcements?lang=fr");
        String list = browser.text(By.id("announcements-table"));
        assertThat(list).contains("03/12/2026").containsPattern("jusqu'au \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
        assertThat(list).doesNotContainPattern("\\d{4}-\\d\\d-\\d\\d");
    }

    @Test
    void articleListShowsTheRetryStateInChinese() {
        browser.open("/cms/articles?lang=zh");
        assertThat(browser.text(By.id("articles-table"))).contains("医保新规定").containsPattern("重试中 3/8，下次 \\d\\d:\\d\\d");
    }

    @Test
    void moderatorEditsAReplyTemplateRefusedForABlockedTermThenOfferedInTheConversation() {
        screens.desktop();
        browser.open("/cms/comments/readers/" + rose + "?lang=fr");
        browser.driver().findElement(By.id("edit-templates")).click();
        WebElement first = browser.waitFor(By.cssSelector("section.card[id^=template-]"));
        String key = first.getAttribute("id").substring("template-".length());

        WebElement label = browser.driver().findElement(By.id("labelFr-" + key));
        label.clear();
        label.sendKeys("Bonjour et outils");
        WebElement text = browser.driver().findElement(By.id("text-" + key));
        text.clear();
        text.sendKeys("您好，法轮功");
        browser.driver().findElement(By.id("save-" + key)).click();

        assertThat(browser.textContaining(By.id("problem-" + key), "Texte"))
                .startsWith("« Texte » : le lexique bloque 法轮功, sans euphémisme possible")
                .contains("reformulez");
        assertThat(value(By.id("labelFr-" + key))).isEqualTo("Bonjour et outils");
        assertThat(value(By.id("text-" + key))).isEqualTo("您好，法轮功");
        screens.save("reply-template-refused-fr-1280");

        text = browser.driver().findElement(By.id("text-" + key));
        text.clear();
        text.sendKeys("您好，记得带安全套。");
        browser.driver().findElement(By.id("save-" + key)).click();
        assertThat(browser.textContaining(By.id("notice"), "enregistré")).contains("Modèle de réponse");
        assertThat(value(By.id("text-" + key))).isEqualTo("您好，记得带工具。");

        browser.open("/cms/comments/readers/" + rose + "?lang=fr");
        Select templates = new Select(browser.driver().findElement(By.id("reply-templates")));
        templates.selectByVisibleText("Bonjour et outils");
        assertThat(value(By.id("reply-text"))).isEqualTo("您好，记得带工具。");
    }

    @Test
    void templatePageInChineseOnAPhone() {
        screens.phone();
        browser.open("/cms/comments/templates?lang=zh");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("回复模板");
        assertThat(browser.text(By.id("template-new"))).contains("中文名称").contains("法文名称");
        assertThat(screens.fitsWidth()).as(screens.overflowing()).isTrue();
        screens.save("reply-templates-zh-375");
    }
}
