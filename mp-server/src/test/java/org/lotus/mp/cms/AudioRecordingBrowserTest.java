package org.lotus.mp.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lotus.mp.support.Browser;
import org.lotus.mp.support.PortalTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The mediator records an answer in Chromium (a fake microphone), listens back, keeps it, and plays the kept MP3. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AudioRecordingBrowserTest extends PortalTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = new Browser(
                port,
                "--use-fake-device-for-media-stream",
                "--use-fake-ui-for-media-stream",
                "--autoplay-policy=no-user-gesture-required");
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    /** Plays the audio element muted for a moment and answers how far it got (seconds), -1 when it cannot play. */
    double play(String selector) {
        Object played = ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "const a = document.querySelector(arguments[0]); a.muted = true;"
                                + "a.play().then(() => setTimeout(() => done(a.currentTime), 800))"
                                + ".catch(() => done(-1));",
                        selector);
        return ((Number) played).doubleValue();
    }

    @Test
    void recordsListensBackKeepsAndPlaysTheKeptClip() {
        // French: the language chosen is remembered on the account, which other browser tests sign in with.
        browser.signIn(ADMIN, ADMIN_PASSWORD).open("/cms/audio?lang=fr");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Audio — sons enregistrés");

        browser.driver().findElement(By.id("record-start")).click();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> browser.text(By.id("record-timer")).equals("0:02"));
        browser.driver().findElement(By.id("record-stop")).click();
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        browser.driver().findElement(By.id("record-review")).isDisplayed());
        assertThat(play("#record-playback")).isPositive();

        browser.driver().findElement(By.id("record-title")).sendKeys("浏览器录音");
        browser.driver().findElement(By.id("record-keep")).click();

        String row = browser.textContaining(By.id("clips"), "浏览器录音");
        assertThat(row).contains(" s ·");
        Long id = jdbc.queryForObject("SELECT id FROM audio_clip WHERE title = '浏览器录音'", Long.class);
        Integer millis = jdbc.queryForObject("SELECT duration_millis FROM audio_clip WHERE id = ?", Integer.class, id);
        assertThat(millis).isBetween(1500, 6000);
        assertThat(play("#clip-" + id + " audio")).isPositive();
    }

    @Test
    void keepsTheTypedTitleAndSaysWhyWhenAnUploadedFileIsNotSound() throws Exception {
        java.nio.file.Path notSound = java.nio.file.Files.createTempFile(dataDir(), "note-", ".mp3");
        java.nio.file.Files.writeString(notSound, "pas un son");
        browser.signIn(ADMIN, ADMIN_PASSWORD).open("/cms/audio?lang=fr");

        browser.driver()
                .findElement(By.cssSelector("#upload-form input[type=file]"))
                .sendKeys(notSound.toString());
        browser.driver()
                .findElement(By.cssSelector("#upload-form input[name=title]"))
                .sendKeys("Bienvenue");
        browser.driver().findElement(By.cssSelector("#upload-form button")).click();

        assertThat(browser.textContaining(By.id("problem"), "pas un son lisible"))
                .contains("mp3");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#upload-form input[name=title]"))
                        .getAttribute("value"))
                .isEqualTo("Bienvenue");
    }
}
