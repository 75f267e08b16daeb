package org.lotus.mp.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lotus.mp.support.Browser;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.Screens;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Readers' pages on a phone: numbers to tap, sections to move between, a way to write to us, Chinese errors. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderPagesBrowserTest extends PortalTest {

    @LocalServerPort
    int port;

    private Browser browser;
    private Screens screens;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = new Browser(port);
        screens = new Screens(browser).phone();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void emergencyNumbersAreTapToCallAndEveryPageLeadsToTheOthers() {
        browser.open("/m/sections/emergency");
        List<String> calls = browser.driver().findElements(By.cssSelector("main a[href^='tel:']")).stream()
                .map(a -> a.getAttribute("href"))
                .toList();
        assertThat(calls).contains("tel:17", "tel:15", "tel:112");
        assertThat(browser.driver().findElements(By.tagName("h1"))).hasSize(1);
        assertThat(browser.driver().findElement(By.id("leave-message")).getText())
                .isEqualTo("留言");
        assertThat(browser.driver().findElement(By.id("leave-message")).getAttribute("href"))
                .endsWith("/m/sections/messages");
        List<WebElement> sections = browser.driver().findElements(By.cssSelector("#reader-nav a"));
        assertThat(sections).extracting(WebElement::getText).contains("紧急阻断", "合作机构");
        assertThat(screens.fitsWidth()).as(screens.overflowing()).isTrue();
        screens.save("reader-emergency-375");
    }

    @Test
    void aDateOrAnHourIsNeverMistakenForAPhoneNumber() {
        PhoneLinks links = new PhoneLinks();
        assertThat(links.html("12月17日 17 点见，15 岁")).doesNotContain("tel:");
        assertThat(links.html("拨打 17 报警，或 15 叫急救，欧洲通用 112。"))
                .contains("href=\"tel:17\"", "href=\"tel:15\"", "href=\"tel:112\"");
        assertThat(links.html("电话 01 44 92 15 15")).contains("href=\"tel:0144921515\"");
        assertThat(links.html("<b>17</b>")).startsWith("&lt;b&gt;");
    }

    @Test
    void anErrorUnderMIsAChineseReaderPage() {
        browser.open("/m/no-such-page");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("找不到这个页面");
        assertThat(browser.driver().getPageSource()).doesNotContain("Whitelabel", "Tomcat", "Lotus</a>", "Erreur");
        assertThat(browser.driver().findElement(By.id("leave-message")).getText())
                .isEqualTo("留言");
        screens.save("reader-error-375");
    }
}
