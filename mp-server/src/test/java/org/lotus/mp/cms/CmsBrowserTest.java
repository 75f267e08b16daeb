package org.lotus.mp.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lotus.mp.staff.Role;
import org.lotus.mp.staff.StaffAccounts;
import org.lotus.mp.support.Browser;
import org.lotus.mp.support.EmbeddedTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The CMS in headless Chromium, as the mediator and the coordinator use it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CmsBrowserTest extends EmbeddedTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    private Browser browser;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    private String staff(Role role, String password) {
        String username =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, password, role, null, "fr");
        return username;
    }

    private void signOut() {
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void signsInAndSeesTheDashboardInFrenchThenChinese() {
        signOut();
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        assertThat(browser.text(By.id("signed-in-as"))).isEqualTo(ADMIN);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Tableau de bord");

        browser.open("/cms?lang=zh");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("总览");
        browser.open("/cms?lang=fr");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Tableau de bord");
    }

    @Test
    void signInPageSpeaksChineseOnRequest() {
        signOut();
        browser.open("/login?lang=zh");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("登录");
        browser.open("/login?lang=fr");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Connexion");
    }

    @Test
    void administratorCreatesAStaffAccountThatCanSignIn() {
        signOut();
        browser.signIn(ADMIN, ADMIN_PASSWORD).open("/cms/staff");
        String username = "benevole-" + UUID.randomUUID().toString().substring(0, 6);
        browser.driver().findElement(By.name("username")).sendKeys(username);
        browser.driver().findElement(By.name("password")).sendKeys("peer-volunteer-pass");
        browser.driver()
                .findElement(By.cssSelector("#staff-form input[name=roles][value=EDITOR]"))
                .click(); // ticked by default
        browser.driver()
                .findElement(By.cssSelector("#staff-form input[name=roles][value=MODERATOR]"))
                .click();
        browser.driver()
                .findElement(By.cssSelector("#staff-form button[type=submit]"))
                .click();
        assertThat(browser.textContaining(By.id("staff-table"), username)).contains(username);
        assertThat(accounts.findByUsername(username).orElseThrow().roleSet()).containsExactly(Role.MODERATOR);

        signOut();
        browser.signIn(username, "peer-volunteer-pass");
        assertThat(browser.text(By.id("signed-in-as"))).isEqualTo(username);
    }

    @Test
    void administratorTriesATextAndAddsATermInTheLexicon() {
        signOut();
        browser.signIn(ADMIN, ADMIN_PASSWORD).open("/cms/lexicon");
        browser.driver().findElement(By.cssSelector("#lexicon-test textarea")).sendKeys("记得带安全套，不要怕。");
        browser.driver().findElement(By.cssSelector("#lexicon-test button")).click();
        assertThat(browser.text(By.id("lexicon-test-result"))).isEqualTo("记得带工具，不要怕。");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#lexicon-test-result mark.replacement"))
                        .getAttribute("title"))
                .startsWith("安全套");

        browser.driver()
                .findElement(By.cssSelector("#lexicon-form input[name=term]"))
                .sendKeys("浏览器测试词");
        browser.driver()
                .findElement(By.cssSelector("#lexicon-form input[name=replacement]"))
                .sendKeys("替身");
        browser.driver()
                .findElement(By.cssSelector("#lexicon-form input[name=category]"))
                .sendKeys("test");
        browser.driver().findElement(By.cssSelector("#lexicon-form button")).click();
        assertThat(browser.text(By.id("notice"))).isEqualTo("Terme enregistré.");
        assertThat(browser.text(By.id("lexicon-table"))).contains("浏览器测试词", "替身");
    }

    @Test
    void mediatorWritesAnArticleSeesTheRewriteAndFindsItOnTheCalendar() {
        signOut();
        browser.signIn(ADMIN, ADMIN_PASSWORD).open("/cms/articles/new");
        String title = "免费检测" + UUID.randomUUID().toString().substring(0, 4);
        browser.driver().findElement(By.name("title")).sendKeys(title);
        browser.driver().findElement(By.name("digest")).sendKeys("周四下午");
        browser.driver().findElement(By.id("rich-editor")).sendKeys("请大家带好安全套，周四见。");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#published-view mark.replacement"))
                        .isEmpty());
        assertThat(browser.text(By.cssSelector("#published-view mark.replacement")))
                .isEqualTo("工具");

        browser.driver().findElement(By.id("save-article")).click();
        assertThat(browser.text(By.id("notice"))).isEqualTo("Article enregistré.");
        assertThat(browser.text(By.cssSelector("#published-view .published-body")))
                .contains("请大家带好工具");

        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
                        .plusDays(1)
                        .toString()
                + "T10:30";
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "document.querySelector('#schedule-form input[name=publishAt]').value = arguments[0];",
                        tomorrow);
        browser.driver().findElement(By.cssSelector("#schedule-form button")).click();
        assertThat(browser.textContaining(By.id("article-status"), "Programmé")).contains("Programmé");

        browser.open("/cms");
        assertThat(browser.text(By.id("week-calendar"))).contains("10:30 " + title);
    }

    @Test
    void wrongPasswordsLockTheAccount() {
        signOut();
        String editor = staff(Role.EDITOR, "editor-password-1");
        for (int i = 0; i < 5; i++) {
            browser.signIn(editor, "wrong-" + i);
            assertThat(browser.text(By.id("login-error"))).isNotBlank();
        }
        browser.signIn(editor, "editor-password-1");
        assertThat(browser.text(By.id("login-error"))).contains("verrouillé");
    }

    @Test
    void postWithoutTheCsrfTokenIsRefused() {
        signOut();
        browser.signIn(ADMIN, ADMIN_PASSWORD).open("/cms/staff");
        long status = browser.fetchStatus(
                "POST", "/cms/staff", "username=intruder&password=intruder-password&role=ADMIN&language=fr");
        assertThat(status).isEqualTo(403);
        assertThat(accounts.findByUsername("intruder")).isEmpty();
    }

    @Test
    void moderatorCannotOpenTheLexiconNorTheStaffPages() {
        signOut();
        String moderator = staff(Role.MODERATOR, "moderator-password");
        browser.signIn(moderator, "moderator-password");
        assertThat(browser.driver().findElements(By.linkText("Lexique"))).isEmpty();
        browser.open("/cms/lexicon");
        assertThat(browser.text(By.id("error-page"))).contains("403");
        browser.open("/cms/staff");
        assertThat(browser.text(By.id("error-page"))).contains("403");
    }
}
