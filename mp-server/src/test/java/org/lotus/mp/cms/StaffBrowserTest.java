package org.lotus.mp.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lotus.mp.staff.Role;
import org.lotus.mp.staff.StaffAccount;
import org.lotus.mp.staff.StaffAccounts;
import org.lotus.mp.support.Browser;
import org.lotus.mp.support.EmbeddedTest;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator sets a temporary password in the CMS; its owner must choose her own before anything else. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffBrowserTest extends EmbeddedTest {

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

    private void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name + ".png"), png);
    }

    @Test
    void aTemporaryPasswordSetInTheCmsMustBeChangedAtTheNextSignIn() throws Exception {
        StaffAccount moderator = accounts.create(
                "mediatrice-" + UUID.randomUUID().toString().substring(0, 6),
                "premier-mot-de-passe",
                Role.MODERATOR,
                null,
                "zh");
        browser.driver().manage().deleteAllCookies();
        browser.signIn(ADMIN, ADMIN_PASSWORD).open("/cms/staff?lang=fr");
        By line = By.id("staff-" + moderator.getId());
        browser.driver()
                .findElement(line)
                .findElement(By.cssSelector(".roles-form input[value=EDITOR]"))
                .click();
        browser.driver()
                .findElement(line)
                .findElement(By.cssSelector(".roles-form button"))
                .click();
        assertThat(browser.textContaining(By.id("notice"), "Rôles enregistrés")).isNotBlank();
        browser.driver()
                .findElement(line)
                .findElement(By.cssSelector(".reset-form input[name=temporaryPassword]"))
                .sendKeys("provisoire-du-lundi");
        browser.driver()
                .findElement(line)
                .findElement(By.cssSelector(".reset-form button"))
                .click();
        assertThat(browser.textContaining(By.id("notice"), "Mot de passe provisoire"))
                .isNotBlank();
        assertThat(browser.text(line)).contains("Rédactrice", "doit changer son mot de passe");
        screenshot("staff-fr");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
        browser.open("/cms/staff?lang=zh");
        screenshot("staff-zh-375");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('role-descriptions').scrollIntoView()");
        screenshot("staff-roles-zh-375");
        assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("return document.getElementById('staff-table').scrollWidth"))
                .isLessThanOrEqualTo(375L);
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        browser.open("/cms/staff?lang=fr");

        browser.driver().manage().deleteAllCookies();
        browser.signIn(moderator.getUsername(), "provisoire-du-lundi");
        assertThat(browser.text(By.id("password-required"))).contains("请设置你自己的密码");
        screenshot("password-required-zh");
        browser.open("/cms/comments");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/cms/password");

        browser.driver().findElement(By.id("current-password")).sendKeys("provisoire-du-lundi");
        browser.driver().findElement(By.id("new-password")).sendKeys("ma-phrase-du-mardi");
        browser.driver().findElement(By.id("confirm-password")).sendKeys("ma-phrase-du-mardi");
        browser.driver().findElement(By.id("change-password")).click();
        assertThat(browser.textContaining(By.id("notice"), "密码已修改")).isNotBlank();
        browser.open("/cms/comments");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/cms/comments");
        assertThat(accounts.findById(moderator.getId()).orElseThrow().roleSet())
                .containsExactlyInAnyOrder(Role.EDITOR, Role.MODERATOR);
    }

    @Test
    void aDisabledAccountIsSignedOutOnItsNextClick() {
        StaffAccount editor = accounts.create(
                "redactrice-" + UUID.randomUUID().toString().substring(0, 6),
                "premier-mot-de-passe",
                Role.EDITOR,
                null,
                "fr");
        browser.driver().manage().deleteAllCookies();
        browser.signIn(editor.getUsername(), "premier-mot-de-passe").open("/cms/articles");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Articles");
        editor.setEnabled(false);
        accounts.update(editor);
        browser.open("/cms/articles");
        assertThat(browser.driver().getCurrentUrl()).contains("/login?expired");
    }
}
