package dk.samarbejdsplan.export.jsonld;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks of {@link StrictJsonLd} can fail: each of the silent traps of VALIDATORS.md, put into a good
 * export by hand, is caught. (The traps are written into the default, compact document.)
 */
class StrictJsonLdGuardsTest {
    private static final String BASE = JsonLdOptions.DEFAULT_BASE_IRI;
    private static String good;

    @BeforeAll
    static void export() {
        good = StrictJsonLd.export(Plans2007.part());
        StrictJsonLd.checkAll(good, BASE);
    }

    private static AssertionError assertCaught(String from, String to) {
        assertTrue(good.contains(from), from);
        String bad = good.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        return assertThrows(AssertionError.class, () -> StrictJsonLd.checkAll(bad, BASE), () -> "not caught: " + to);
    }

    @Test
    void anUnmappedTypeValue() {
        assertCaught("\"prov:Plan\"", "\"Plan\"");
    }

    @Test
    void aMistypedPrefix() {
        assertCaught("\"name\":\"schema:name\"", "\"name\":\"schma:name\"");
    }

    @Test
    void aMistypedTermOfAKnownVocabulary() {
        assertCaught("\"name\":\"schema:name\"", "\"name\":\"schema:nmae\"");
    }

    @Test
    void aRelativeId() {
        assertCaught("\"@id\":\"" + BASE + "1467/2007\"", "\"@id\":\"1467/2007\"");
    }

    @Test
    void aRelativeIriValue() {
        assertCaught("\"classification\":\"kategori:", "\"classification\":\"");
    }

    @Test
    void aMistypedPrefixOfTheExportsOwnIris() {
        assertCaught("\"@id\":\"forum:", "\"@id\":\"forun:");
    }

    @Test
    void anUndefinedTerm() {
        assertCaught("\"inLanguage\":\"da\",", "\"inLanguage\":\"da\",\"sprog\":\"da\",");
    }

    @Test
    void aRemoteContext() {
        AssertionError e = assertCaught("\"@version\":1.1,",
                "\"@version\":1.1,\"@import\":\"https://example.org/context.jsonld\",");
        StringBuilder causes = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            causes.append(t).append('\n');
        }
        assertTrue(causes.toString().contains("refused to fetch https://example.org/context.jsonld"),
                causes::toString);
    }

    @Test
    void anUndocumentedTermOfOurs() {
        assertCaught("\"sp:YearCount\"", "\"sp:Aarstal\"");
    }

    @Test
    void aNullValueThatExpansionDrops() {
        assertCaught("\"inLanguage\":\"da\"", "\"inLanguage\":null");
    }
}
