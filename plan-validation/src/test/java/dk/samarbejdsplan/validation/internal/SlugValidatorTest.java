package dk.samarbejdsplan.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The character loop of {@link SlugValidator#isSlug} accepts exactly what the pattern {@code SLUG} matches. */
class SlugValidatorTest {

    @Property(tries = 2000)
    void theLoopAgreesWithThePattern(@ForAll @StringLength(max = 12) @CharRange(from = 'a', to = 'c')
            @CharRange(from = '0', to = '1') @Chars({'-', '_', 'A', 'Z', 'æ', ' ', '9', 'z', '/', ':'}) String text) {
        assertEquals(SlugValidator.SLUG.matcher(text).matches(), SlugValidator.isSlug(text), text);
    }

    @Property
    void anyStringAgrees(@ForAll String text) {
        assertEquals(SlugValidator.SLUG.matcher(text).matches(), SlugValidator.isSlug(text), text);
    }

    @Test
    void examples() {
        assertTrue(SlugValidator.isSlug("kontaktudvalget"));
        assertTrue(SlugValidator.isSlug("a-1-b2"));
        assertTrue(SlugValidator.isSlug("9"));
        for (String bad : new String[] {"", "-", "a-", "-a", "a--b", "A", "æ", "a_b", "a b", "a-b-"}) {
            assertFalse(SlugValidator.isSlug(bad), bad);
        }
    }
}
