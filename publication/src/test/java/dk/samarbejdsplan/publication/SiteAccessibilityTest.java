package dk.samarbejdsplan.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import dk.samarbejdsplan.export.html.HeadlessChromium;
import dk.samarbejdsplan.model.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every page the site adds (the front page, the changes page, a superseded edition with its notice) passes the Nu
 * Html Checker with no error and no warning, and axe-core in headless Chromium with no violation of WCAG 2.2 A
 * and AA, in Danish and English, at desktop and phone width. (The year's own publication is exporter-html's,
 * checked there.)
 */
class SiteAccessibilityTest {
    private static final List<String> PAGES = List.of("index.html", "2008/aendringer.html", "2008/udgave-1/index.html");
    private static HeadlessChromium browser;

    @BeforeAll
    static void start() throws Exception {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everySitePageIsValidHtml(Language language) throws Exception {
        Path site = ExampleSite.site(language);
        for (String name : PAGES) {
            String html = Files.readString(site.resolve(name), StandardCharsets.UTF_8);
            assertEquals(List.of(), SiteNuChecker.check(html, name), language + " " + name);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everySitePageHasNoAxeViolation(Language language) {
        Path site = ExampleSite.site(language);
        for (String name : PAGES) {
            for (int width : new int[] {1280, 320}) {
                Results results = browser.analyze(site.resolve(name), width, 900);
                assertFalse(results.isErrored(), () -> name + ": axe-core did not run: " + results.getErrorMessage());
                assertFalse(results.getPasses().isEmpty(), name + ": axe-core checked nothing");
                assertTrue(results.getViolations().isEmpty(), () -> language + " " + name + " at " + width
                        + ": axe-core reports\n" + HeadlessChromium.describe(results));
            }
        }
    }
}
