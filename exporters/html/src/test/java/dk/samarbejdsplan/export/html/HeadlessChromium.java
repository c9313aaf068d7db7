package dk.samarbejdsplan.export.html;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver, with axe-core. The paths are explicit so
 * Selenium Manager never goes to the network. A missing browser fails the test with what to install: the
 * accessibility check is never skipped.
 *
 * <p>Public, and the only class of exporter-html's test jar: plan-publication's site tests use it too.
 */
public final class HeadlessChromium implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** The WCAG 2.2 A and AA rule tags of axe-core. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final Path profile;
    private final Path pages;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, Path pages, ChromeDriver driver) {
        this.profile = profile;
        this.pages = pages;
        this.driver = driver;
    }

    /** Starts the browser, or fails the test saying what to install. */
    public static HeadlessChromium start() throws IOException {
        for (String exe : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(exe))) {
                fail(exe + " is missing: the accessibility tests need Debian's chromium and chromium-driver"
                        + " (run tools/install-test-deps.sh, or: apt-get install -y chromium chromium-driver)."
                        + " This test is never skipped.");
            }
        }
        Path profile = Files.createTempDirectory("html-axe-profile");
        Path pages = Files.createTempDirectory("html-axe-pages");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        try {
            return new HeadlessChromium(profile, pages, new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            deleteTree(profile);
            deleteTree(pages);
            throw new AssertionError("could not start headless Chromium (" + CHROMIUM + " with " + CHROMEDRIVER
                    + "): " + e.getMessage(), e);
        }
    }

    /**
     * Loads a page at a window size and runs axe-core with the WCAG 2.2 A/AA tags.
     *
     * @param name a file name for the page
     * @param html the page
     * @param width the window width in CSS pixels
     * @param height the window height
     * @return axe's results
     */
    Results analyze(String name, String html, int width, int height) throws IOException {
        return analyze(write(name, html), width, height);
    }

    /**
     * Loads a page from disk at a window size and runs axe-core with the WCAG 2.2 A/AA tags.
     *
     * @param page the page's file
     * @param width the window width in CSS pixels
     * @param height the window height
     * @return axe's results
     */
    public Results analyze(Path page, int width, int height) {
        load(page, width, height);
        return new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
    }

    /**
     * Loads a page at a window size, without running axe.
     *
     * @param name a file name for the page
     * @param html the page
     * @param width the window width in CSS pixels
     * @param height the window height
     */
    void load(String name, String html, int width, int height) throws IOException {
        load(write(name, html), width, height);
    }

    private Path write(String name, String html) throws IOException {
        return Files.writeString(pages.resolve(name), html);
    }

    private void load(Path page, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.get(page.toUri().toString());
    }

    /** The viewport width the page sees, to check the window size took. */
    long innerWidth() {
        return ((Number) driver.executeScript("return window.innerWidth;")).longValue();
    }

    /** Runs a script in the loaded page. */
    Object script(String script) {
        return driver.executeScript(script);
    }

    /** A screenshot of the window, as PNG. */
    byte[] screenshot() {
        return driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
    }

    /** Makes the page use its print stylesheet (or the screen one again). */
    void emulatePrint(boolean print) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", print ? "print" : ""));
    }

    /** A readable list of axe's violations. */
    public static String describe(Results results) {
        return results.getViolations().stream().map(HeadlessChromium::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        String nodes = rule.getNodes().stream().limit(5).map(CheckedNode::getHtml)
                .collect(Collectors.joining("\n      "));
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n      " + nodes;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
            deleteTree(pages);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
