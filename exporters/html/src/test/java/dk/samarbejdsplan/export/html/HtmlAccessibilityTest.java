package dk.samarbejdsplan.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import dk.samarbejdsplan.model.Language;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * axe-core in a real headless Chromium reports no violation of the WCAG 2.2 A and AA rules (tags wcag2a,
 * wcag2aa, wcag21a, wcag21aa, wcag22aa), on a desktop window and on a phone-sized one. A missing browser
 * fails the test; it is never skipped.
 */
class HtmlAccessibilityTest {
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");
    private static HeadlessChromium browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        SELENIUM_LOG.setLevel(Level.SEVERE); // no "unable to find CDP implementation" notice
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void assertNoViolations(String what, String html, int width, int height) throws Exception {
        Results results = browser.analyze("plan.html", html, width, height);
        assertFalse(results.isErrored(), () -> what + ": axe-core did not run: " + results.getErrorMessage());
        assertEquals(width, browser.innerWidth(), what + ": the window did not take the width");
        assertFalse(results.getPasses().isEmpty(), what + ": axe-core checked nothing");
        assertTrue(results.getViolations().isEmpty(),
                () -> what + " at " + width + "x" + height + ": axe-core reports\n" + HeadlessChromium.describe(results));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void the2007PlanHasNoViolationsOnADesktop(Language language) throws Exception {
        assertNoViolations("2007 " + language, Render.withDownloads(TestPlans.plan2007(), language), 1280, 900);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void the2007PlanHasNoViolationsOnAPhone(Language language) throws Exception {
        String html = Render.withDownloads(TestPlans.plan2007(), language);
        assertNoViolations("2007 " + language, html, 375, 800);
        // the narrow layout is really in use: the forum tables are stacked as cards
        assertEquals("block", browser.script(
                "return getComputedStyle(document.querySelector('table.forums tbody tr')).display;"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aPlanUsingEveryFieldHasNoViolations(Language language) throws Exception {
        String html = Render.withDownloads(TestPlans.everyField(), language);
        assertNoViolations("every field " + language, html, 1280, 900);
        assertNoViolations("every field " + language, html, 375, 800);
    }

    /** WCAG 1.4.10 (reflow): no horizontal scrolling from 320 CSS pixels up, nor on an A4 page in print. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void reflowsWithoutHorizontalScrolling(Language language) throws Exception {
        String html = Render.withDownloads(TestPlans.plan2007(), language);
        String overflow = "var w = document.documentElement.clientWidth; var over = [];"
                + " document.querySelectorAll('body *').forEach(function (e) {"
                + "   if (e.getBoundingClientRect().right > w + 1) { over.push(e.tagName + '.' + e.className); } });"
                + " return document.documentElement.scrollWidth <= w ? '' : over.slice(0, 5).join(', ');";
        for (int width : new int[] {320, 375, 768, 1024, 1280}) {
            browser.load("plan.html", html, width, 800);
            assertEquals("", browser.script(overflow), "wider than a " + width + " px window");
        }
        browser.load("plan.html", html, 680, 1000); // A4 with 1.5 cm margins is about 680 CSS pixels wide
        browser.emulatePrint(true);
        try {
            assertEquals("table", browser.script(
                    "return getComputedStyle(document.querySelector('table.forums')).display;"), "a table in print");
            assertEquals("none", browser.script("return getComputedStyle(document.querySelector('nav')).display;"));
            assertEquals("", browser.script(overflow), "wider than an A4 page in print");
        } finally {
            browser.emulatePrint(false);
        }
    }

    @Test
    void theCheckItselfFindsViolations() throws Exception {
        // axe is not a no-op: a page without lang, with an image without alt text and a table header
        // pointing nowhere gives violations
        String html = Render.html(TestPlans.plan2007(), Language.DA)
                .replace("<html lang=\"da\">", "<html>")
                .replace("<main id=\"indhold\">", "<main id=\"indhold\"><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">");
        Results results = browser.analyze("broken.html", html, 1280, 900);
        assertFalse(results.isErrored());
        assertTrue(results.getViolations().stream().map(Rule::getId).toList().containsAll(
                java.util.List.of("html-has-lang", "image-alt")), () -> HeadlessChromium.describe(results));
    }

    @Test
    void aKeyboardUserSeesWhereTheFocusIs() throws Exception {
        browser.load("plan.html", Render.html(TestPlans.plan2007(), Language.DA), 1280, 900);
        Object skip = browser.script("var a = document.querySelector('a.skip-link'); a.focus();"
                + " var r = a.getBoundingClientRect(); var s = getComputedStyle(a);"
                + " return [r.width > 20 && r.height > 10, s.outlineStyle, document.activeElement === a];");
        assertEquals(java.util.List.of(true, "solid", true), skip,
                "the focused skip link is visible and outlined");
    }
}
