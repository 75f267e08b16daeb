package org.lotus.mp.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Every CMS page on a 375 px phone (one column, nothing to scroll sideways) and tidy on a 1280 px desktop. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneLayoutBrowserTest extends PortalTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;
    private Screens screens;
    private long article;
    private String reader;

    @BeforeAll
    void seedAndSignIn() throws Exception {
        DailyUseData data = new DailyUseData(mvc, jdbc);
        article = data.article("暴露后阻断：48小时内", "emergency", "<p>发生危险接触后，48小时内去医院急诊。</p>");
        data.announcement("周四免费检测", "下午两点到五点。", LocalDate.now().plusDays(2));
        data.partner("Les Amis du Bus des Femmes", "陪同看病、法律咨询", "01 43 14 98 98");
        reader = data.reader(DailyUseData.openid(), "你好，我想问一下医保怎么办？" + "很长的一段话".repeat(20));
        data.reader(DailyUseData.openid(), "有人打我，救命");
        browser = new Browser(port);
        screens = new Screens(browser);
        browser.signIn(ADMIN, ADMIN_PASSWORD);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    List<String> pages() {
        long announcement = jdbc.queryForObject("SELECT MAX(id) FROM announcement", Long.class);
        long partner = jdbc.queryForObject("SELECT MAX(id) FROM partner", Long.class);
        return List.of(
                "/cms",
                "/cms/articles",
                "/cms/articles/new",
                "/cms/articles/" + article,
                "/cms/announcements",
                "/cms/announcements/" + announcement,
                "/cms/sections",
                "/cms/sections/emergency",
                "/cms/partners",
                "/cms/partners/" + partner,
                "/cms/comments",
                "/cms/comments/readers/" + reader,
                "/cms/lexicon",
                "/cms/staff",
                "/cms/alerts",
                "/cms/outreach",
                "/cms/audit");
    }

    @Test
    void everyPageFitsAPhoneInFrenchAndInChinese() {
        screens.phone();
        for (String lang : List.of("fr", "zh")) {
            browser.open("/cms?lang=" + lang);
            for (String page : pages()) {
                browser.open(page);
                assertThat(screens.fitsWidth())
                        .as("%s (%s) overflows: %s", page, lang, screens.overflowing())
                        .isTrue();
            }
        }
        browser.open("/cms/articles/" + article + "?lang=zh");
        screens.save("article-zh-375");
        browser.open("/cms/announcements?lang=fr");
        screens.save("announcements-fr-375");
    }

    @Test
    void theWeekCalendarScrollsInsideItsCard() {
        screens.phone();
        browser.open("/cms?lang=fr");
        Object inside = ((JavascriptExecutor) browser.driver())
                .executeScript("const box = document.querySelector('.calendar-scroll');"
                        + "return box.scrollWidth > box.clientWidth && getComputedStyle(box).overflowX === 'auto';");
        assertThat(inside).isEqualTo(true);
    }

    @Test
    void frenchMenuHoldsOnOneLineAtDesktopWidth() {
        screens.desktop();
        browser.open("/cms/comments?lang=fr");
        List<WebElement> links = browser.driver().findElements(By.cssSelector("#main-menu a"));
        assertThat(links).hasSizeGreaterThan(5);
        assertThat(links.stream().map(l -> l.getLocation().getY()).distinct()).hasSize(1);
        assertThat(browser.driver().findElement(By.id("menu-toggle")).isDisplayed())
                .isFalse();
        assertThat(screens.fitsWidth()).as(screens.overflowing()).isTrue();
        screens.save("comments-fr-1280");
    }

    @Test
    void checkboxesSitBesideTheirLabelsAndBadgesDoNotWrap() {
        screens.phone();
        browser.open("/cms/sections/emergency?lang=fr");
        WebElement box = browser.driver().findElement(By.name("enabled"));
        WebElement label = box.findElement(By.xpath(".."));
        assertThat(label.getCssValue("flex-direction")).isEqualTo("row");
        assertThat(label.getSize().getHeight()).isLessThan(box.getSize().getHeight() * 3);
        screens.save("section-checkbox-fr-375");

        browser.open("/cms/comments?lang=fr");
        for (WebElement badge : browser.driver().findElements(By.cssSelector(".badge"))) {
            assertThat(badge.getCssValue("white-space")).isEqualTo("nowrap");
            assertThat(badge.getSize().getHeight()).as(badge.getText()).isLessThan(30);
        }
    }
}
