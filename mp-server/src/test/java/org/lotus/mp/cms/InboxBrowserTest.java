package org.lotus.mp.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lotus.mp.portal.AmrSamples;
import org.lotus.mp.portal.Pushes;
import org.lotus.mp.support.Browser;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.WechatFake;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The mediator's inbox in headless Chromium: a voice message plays, a reply goes out through WeChat. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxBrowserTest extends PortalTest {

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
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void mediatorPlaysAVoiceMessageAndReplies() throws Exception {
        String reader = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
        long msgId = Pushes.nextMsgId();
        String mediaId = "browser-voice-" + msgId;
        WechatFake.shared().givenMedia(mediaId, mediaId + ".amr", "audio/amr", AmrSamples.oneSecond());
        mvc.perform(PUSHES.encrypted(Pushes.voice(reader, msgId, mediaId, "我想约检测时间")))
                .andExpect(status().isOk());
        long id = jdbc.queryForObject("SELECT id FROM reader_message WHERE wx_msg_id = ?", Long.class, msgId);
        await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> jdbc.queryForObject(
                                "SELECT media_status FROM reader_message WHERE id = ?", String.class, id),
                        "STORED"::equals);

        String thread = jdbc.queryForObject(
                        "SELECT reader_pseudonym FROM reader_message WHERE id = ?", String.class, id)
                .substring(0, 12);
        browser.signIn(ADMIN, ADMIN_PASSWORD).open("/cms/comments/readers/" + thread);
        browser.waitFor(By.cssSelector("#comment-" + id + " audio"));
        assertThat(browser.text(By.cssSelector("#comment-" + id + " .transcription")))
                .contains("我想约检测时间");
        Object duration = ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "const audio = document.querySelector(arguments[0]);"
                                + "audio.addEventListener('loadedmetadata', () => done(audio.duration));"
                                + "audio.addEventListener('error', () => done(-1));"
                                + "audio.load();",
                        "#comment-" + id + " audio");
        assertThat(((Number) duration).doubleValue())
                .as("seconds the browser decoded")
                .isPositive();

        int sent = WechatFake.shared().customMessages().size();
        browser.driver().findElement(By.id("reply-text")).sendKeys("好的，周四下午两点可以来检测。");
        browser.driver().findElement(By.id("reply-send")).click();
        assertThat(browser.text(By.id("notice"))).isEqualTo("Réponse envoyée.");
        assertThat(WechatFake.shared().customMessages()).hasSize(sent + 1);
        assertThat(browser.text(By.cssSelector("#messages .message.out"))).contains("réponse de " + ADMIN);
    }
}
