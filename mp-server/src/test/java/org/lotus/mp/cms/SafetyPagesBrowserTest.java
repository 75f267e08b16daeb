package org.lotus.mp.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lotus.mp.portal.Pushes;
import org.lotus.mp.support.Browser;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.Screens;
import org.lotus.mp.support.WechatFake;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The moderator's alerts page and the outreach log in headless Chromium, in French and in Chinese, on a phone. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafetyPagesBrowserTest extends PortalTest {

    static final Pushes PUSHES = new Pushes(APPID, TOKEN, AES_KEY);

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = new Browser(port);
        browser.signIn(ADMIN, ADMIN_PASSWORD);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    String say(String reader, String text) throws Exception {
        String reply = mvc.perform(PUSHES.encrypted(Pushes.text(reader, Pushes.nextMsgId(), text)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return PUSHES.replyText(reply);
    }

    void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path shot = ((TakesScreenshot) browser.driver())
                .getScreenshotAs(OutputType.FILE)
                .toPath();
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void moderatorRevealsApprovesAndTheNumberThenWarnsOthers() throws Exception {
        String reporter = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
        say(reporter, "举报 06 71 72 73 74 他拿走了我的钱还威胁我");
        say(reporter, "1");
        long id = jdbc.queryForObject("SELECT MAX(id) FROM client_report", Long.class);

        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.open("/cms/alerts?lang=fr");
        assertThat(browser.text(By.cssSelector("#alert-" + id + " .facts"))).contains("•••• •• 73 74", "拿走了我的钱");
        assertThat(browser.driver().getPageSource()).doesNotContain("0671727374", "+33671727374");

        browser.driver()
                .findElement(By.cssSelector("#alert-" + id + " form[action$='/reveal?status=pending'] button"))
                .click();
        assertThat(browser.textContaining(By.cssSelector("#alert-" + id + " .revealed"), "+33671727374"))
                .contains("+33671727374");
        screenshot("alerts-fr");

        WebElement summary = browser.driver().findElement(By.cssSelector("#alert-" + id + " textarea[name=summary]"));
        summary.sendKeys("这个客人会拿走钱，还会威胁人。");
        browser.driver()
                .findElement(By.cssSelector("#alert-" + id + " form[action$='/approve'] button"))
                .click();
        assertThat(browser.textContaining(By.id("notice"), "approuvée")).contains("approuvée");

        assertThat(say("o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27), "查 0671727374"))
                .contains("1 次", "拿走钱");
    }

    @Test
    void outreachWarnsBeforeTheSameNumberIsLoggedTwiceOnAPhoneInChinese() throws Exception {
        browser.driver().manage().window().setSize(new Dimension(375, 812));
        browser.open("/cms/outreach?lang=zh");
        fill("platform", "Wannonce");
        fill("city", "Paris");
        fill("phone", "06 55 66 77 88");
        browser.driver().findElement(By.id("outreach-submit")).click();
        assertThat(browser.textContaining(By.id("notice"), "已保存")).contains("已保存");

        fill("platform", "Vivastreet");
        fill("phone", "+33 6.55.66.77.88");
        browser.driver().findElement(By.id("outreach-submit")).click();
        assertThat(browser.textContaining(By.id("outreach-earlier"), "Wannonce"))
                .contains("最近已经联系过", "Paris");
        assertThat(browser.driver().findElement(By.name("platform")).getAttribute("value"))
                .isEqualTo("Vivastreet");
        screenshot("outreach-zh-375");
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).as("horizontal scrolling at 375 px").isEqualTo(false);

        browser.driver().findElement(By.id("outreach-submit")).click();
        assertThat(browser.textContaining(By.id("notice"), "已保存")).contains("已保存");
        assertThat(browser.text(By.id("outreach-contacts"))).contains("Vivastreet", "•••• •• 77 88");
    }

    @Test
    void templatesAreSavedRewrittenAndShownWithACopyButton() throws Exception {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.open("/cms/outreach?lang=fr");
        browser.driver().findElement(By.name("title")).sendKeys("Dépistage");
        browser.driver().findElement(By.name("text")).sendKeys("每周三免费检测，记得带安全套。");
        browser.driver()
                .findElement(By.cssSelector("#template-form button[type=submit]"))
                .click();

        assertThat(browser.textContaining(By.id("outreach-templates"), "工具")).contains("每周三免费检测，记得带工具。");
        assertThat(browser.driver().findElements(By.cssSelector("button.copy-button")))
                .isNotEmpty();
    }

    @Test
    void templateCarriesTheChannelsLinkInsertedFromTheForm() throws Exception {
        String url = "http://weixin.qq.com/q/" + UUID.randomUUID().toString().replace("-", "");
        WechatFake.shared().givenQrCodeUrl(url);
        String channelName = "Maraude " + UUID.randomUUID().toString().substring(0, 8);
        created("/api/channels", "{\"name\":\"" + channelName + "\",\"note\":\"\"}");
        Screens screens = new Screens(browser).desktop();
        browser.open("/cms/outreach?lang=fr");
        browser.driver().findElement(By.name("title")).sendKeys("Lien du canal");
        WebElement text = browser.driver().findElement(By.id("template-text"));
        text.sendKeys("关注我们：");
        browser.driver().findElement(By.id("insert-channel-link")).click();
        assertThat(text.getAttribute("value")).isEqualTo("关注我们：{channel}");

        browser.driver()
                .findElement(By.cssSelector("#template-form button[type=submit]"))
                .click();
        assertThat(browser.textContaining(By.id("template-problem"), "canal"))
                .contains("« Canal »", "sans canal choisi");
        assertThat(browser.driver().findElement(By.id("template-text")).getAttribute("value"))
                .isEqualTo("关注我们：{channel}");

        new Select(browser.driver().findElement(By.id("template-channel"))).selectByVisibleText(channelName);
        browser.driver()
                .findElement(By.cssSelector("#template-form button[type=submit]"))
                .click();
        assertThat(browser.textContaining(By.id("outreach-templates"), url)).contains("关注我们：" + url);
        WebElement card = browser.driver().findElement(By.xpath("//article[h3='Lien du canal']"));
        assertThat(card.findElement(By.cssSelector("button.copy-button")).getAttribute("data-copy"))
                .isEqualTo(card.findElement(By.cssSelector("p.message-text")).getAttribute("id"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView()", card);
        screens.save("outreach-template-link-fr-1280");
    }

    @Test
    void templateIsEditedFromItsCardOnAPhoneAndOnADesktop() throws Exception {
        String title = "Permanence " + UUID.randomUUID().toString().substring(0, 8);
        created("/api/outreach/templates", "{\"title\":\"" + title + "\",\"text\":\"每周三免费检测。\"}");

        Screens screens = new Screens(browser).phone();
        browser.open("/cms/outreach?lang=zh");
        editTemplate(title);
        assertThat(browser.text(By.cssSelector("#template-form h3"))).isEqualTo("编辑消息模板");
        assertThat(browser.driver().findElement(By.id("template-text")).getAttribute("value"))
                .isEqualTo("每周三免费检测。");
        fill("text", "每周四免费检测，不谈法轮功。");
        browser.driver().findElement(By.id("template-save")).click();
        assertThat(browser.textContaining(By.id("template-problem"), "法轮功")).contains("「文字」");
        assertThat(browser.driver().findElement(By.id("template-text")).getAttribute("value"))
                .isEqualTo("每周四免费检测，不谈法轮功。");
        assertThat(screens.fitsWidth())
                .as("overflows: %s", screens.overflowing())
                .isTrue();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('template-form').scrollIntoView()");
        screens.save("outreach-template-edit-zh-375");
        fill("text", "每周四免费检测，记得带安全套。");
        browser.driver().findElement(By.id("template-save")).click();
        assertThat(browser.textContaining(By.id("outreach-templates"), "每周四"))
                .contains("每周四免费检测，记得带工具。")
                .doesNotContain("每周三免费检测。");

        new Screens(browser).desktop();
        browser.open("/cms/outreach?lang=fr");
        editTemplate(title);
        assertThat(browser.text(By.cssSelector("#template-form h3"))).isEqualTo("Modifier le message type");
        assertThat(browser.driver().findElement(By.name("title")).getAttribute("value"))
                .isEqualTo(title);
        fill("title", title + " (jeudi)");
        browser.driver().findElement(By.id("template-save")).click();
        assertThat(browser.textContaining(By.id("notice"), "enregistré")).contains("Message type enregistré");
        WebElement card = browser.driver().findElement(By.xpath("//article[h3='" + title + " (jeudi)']"));
        assertThat(card.getText()).contains("每周四免费检测，记得带工具。");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView()", card);
        screens.save("outreach-template-edited-fr-1280");
    }

    private void created(String path, String json) throws Exception {
        mvc.perform(post(path)
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated());
    }

    private void editTemplate(String title) {
        browser.driver()
                .findElement(By.xpath("//article[h3='" + title + "']//a[contains(@class,'edit-template')]"))
                .click();
        assertThat(browser.driver().findElement(By.name("title")).getAttribute("value"))
                .isEqualTo(title);
    }

    private void fill(String name, String value) {
        WebElement field = browser.driver().findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }
}
