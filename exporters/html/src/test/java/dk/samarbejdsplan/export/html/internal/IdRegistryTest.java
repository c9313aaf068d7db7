package dk.samarbejdsplan.export.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Page ids are valid and unique whatever the plan's ids are. */
class IdRegistryTest {
    @Test
    void slugs() {
        assertEquals("kredsraadet", IdRegistry.slug("kredsraadet"));
        assertEquals("aeble-gaard-oe", IdRegistry.slug("Æble Gård!! Ø"));
        assertEquals("", IdRegistry.slug("!!!"));
        assertEquals("a-b", IdRegistry.slug("--a--b--"));
    }

    @Test
    void clashesGetANumber() {
        IdRegistry ids = new IdRegistry();
        ids.reserve("indhold");
        assertEquals("forum-x", ids.unique("forum", "x"));
        assertEquals("forum-x-2", ids.unique("forum", "x"));
        assertEquals("forum-x-3", ids.unique("forum", "X"));
        assertEquals("forum", ids.unique("forum", ""));
        assertEquals("forum-2", ids.unique("forum", "***"));
        assertThrows(IllegalStateException.class, () -> ids.reserve("indhold"));
    }

    @Test
    void derivedIdsGoThroughTheRegistryToo() {
        IdRegistry ids = new IdRegistry();
        String kredsraadet = ids.unique("forum", "kredsraadet");
        String kredsraadetMere = ids.unique("forum", "kredsraadet-mere");
        assertEquals("forum-kredsraadet-mere", kredsraadetMere);
        assertEquals("forum-kredsraadet-mere-2", ids.derived(kredsraadet, "mere"));
        assertEquals("forum-kredsraadet-mere-mere", ids.derived(kredsraadetMere, "mere"));
        assertEquals("forum-x-mere", ids.derived(ids.unique("forum", "x"), "mere"));
        assertEquals("forum-x-mere-2", ids.unique("forum", "x mere"), "a later plan id is numbered as well");
    }

    @Property
    void derivedIdsAreValidAndUniqueToo(@ForAll List<String> texts) {
        IdRegistry ids = new IdRegistry();
        Set<String> seen = new HashSet<>();
        List<String> rows = texts.stream().map(text -> ids.unique("forum", text)).toList();
        rows.forEach(id -> assertTrue(seen.add(id), id));
        for (String row : rows) {
            String id = ids.derived(row, "mere");
            assertTrue(id.matches("forum(-[a-z0-9]+)*"), id);
            assertTrue(seen.add(id), id);
        }
    }

    @Property
    void alwaysValidAndUnique(@ForAll List<String> texts) {
        IdRegistry ids = new IdRegistry();
        Set<String> seen = new HashSet<>();
        for (String text : texts) {
            String id = ids.unique("forum", text);
            assertTrue(id.matches("forum(-[a-z0-9]+)*"), id);
            assertTrue(seen.add(id), id);
        }
    }
}
