package dk.samarbejdsplan.export.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Links to related files: relative or http(s) only, percent-encoded where a URL needs it. */
class LinksTest {
    @Test
    void keepsOrdinaryLinks() {
        assertEquals("samarbejdsplan-2007.csv", Links.safeHref("samarbejdsplan-2007.csv"));
        assertEquals("https://politi.dk/plan?år=2007#top",
                Links.safeHref("https://politi.dk/plan?år=2007#top").replace("%C3%A5", "å"));
        assertEquals("a%20b%25zz%41.csv", Links.safeHref(" a b%zz%41.csv "));
        assertEquals("x.csv#a%23b", Links.safeHref("x.csv#a#b"));
        assertEquals("%C3%A6%C3%B8%C3%A5.txt", Links.safeHref("æøå.txt"));
    }

    @Test
    void refusesOtherSchemes() {
        for (String bad : new String[] {"javascript:alert(1)", " JavaScript:x", "data:text/html,x", "file:///etc/passwd",
                "vbscript:x", ""}) {
            assertThrows(IllegalArgumentException.class, () -> Links.safeHref(bad), bad);
        }
    }
}
