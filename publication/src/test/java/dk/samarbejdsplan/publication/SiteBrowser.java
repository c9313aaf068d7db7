package dk.samarbejdsplan.publication;

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
 * Debian's Chromium, headless, with axe-core, for the site's pages (as exporter-html's tests do it): the paths are
 * explicit so Selenium Manager never goes to the network; a missing browser fails the test, it is never skipped.
 */
final class SiteBrowser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** The WCAG 2.2 A and AA rule tags of axe-core. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final Path profile;
    private final ChromeDriver driver;

    private SiteBrowser(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    static SiteBrowser start() throws IOException {
        for (String exe : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(exe))) {
                fail(exe + " is missing: the site's accessibility tests need Debian's chromium and chromium-driver"
                        + " (run tools/install-test-deps.sh). This test is never skipped.");
            }
        }
        Path profile = Files.createTempDirectory("site-axe-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new SiteBrowser(profile, new ChromeDriver(service, options));
    }

    /** Loads a page of the site from disk at a window size and runs axe-core with the WCAG 2.2 A/AA tags. */
    Results analyze(Path page, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.get(page.toUri().toString());
        return new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
    }

    static String describe(Results results) {
        return results.getViolations().stream().map(SiteBrowser::describe).collect(Collectors.joining("\n"));
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
            try (Stream<Path> paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }
}
