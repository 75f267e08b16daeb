package org.lotus.mp.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Viewport sizes for browser tests (a 375 px phone, a 1280 px desktop) and screenshots kept in {@code docs/screenshots/}
 * for the tour: PNG, at most 2,000 px tall.
 */
public final class Screens {

    public static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    private static final int MAX_HEIGHT = 2000;

    private final ChromeDriver driver;

    public Screens(Browser browser) {
        this.driver = (ChromeDriver) browser.driver();
    }

    public Screens phone() {
        return viewport(375, 812, true);
    }

    public Screens desktop() {
        return viewport(1280, 900, false);
    }

    private Screens viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        return this;
    }

    /** True when the page is no wider than the window: nothing to scroll sideways. */
    public boolean fitsWidth() {
        Object fits = driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"
                + " && document.body.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
    }

    /** What overflows the window sideways (for a helpful failure message). */
    public String overflowing() {
        return String.valueOf(driver.executeScript("return Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');"));
    }

    /** Saves the whole page (up to 2,000 px tall) as {@code docs/screenshots/<name>.png}. */
    @SuppressWarnings("unchecked")
    public Path save(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Number width = (Number) driver.executeScript("return window.innerWidth;");
        double height = Math.min(((Number) size.get("height")).doubleValue(), MAX_HEIGHT);
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
