package dk.samarbejdsplan.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** {@link PlanChecks.FirstPlaces} answers as a {@code HashMap} of each key to its first index would. */
class FirstPlacesTest {

    @Property(tries = 500)
    void agreesWithAHashMap(@ForAll @Size(max = 60) List<@StringLength(max = 3) @CharRange(from = 'a', to = 'c')
            @Chars({'A', 'B'}) String> keys, @ForAll @StringLength(max = 3) @Chars({'a', 'b', 'A', 'B', 'z'}) String probe) {
        PlanChecks.FirstPlaces places = new PlanChecks.FirstPlaces(keys.size(), keys::get);
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Integer first = expected.putIfAbsent(keys.get(i), i);
            assertEquals(first == null ? PlanChecks.FirstPlaces.ABSENT : first, places.putIfAbsent(keys.get(i), i));
        }
        for (int i = 0; i < keys.size(); i++) {
            assertEquals(expected.get(keys.get(i)), places.get(keys.get(i)));
            assertEquals(expected.get(keys.get(i)), places.first(keys.get(i), i));
        }
        assertEquals(expected.getOrDefault(probe, PlanChecks.FirstPlaces.ABSENT), places.get(probe));
    }

    @Test
    void keysWithTheSameHashStayApart() {
        List<String> keys = List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "Aa");
        assertEquals("Aa".hashCode(), "BB".hashCode());
        PlanChecks.FirstPlaces places = new PlanChecks.FirstPlaces(keys.size(), keys::get);
        for (int i = 0; i < 5; i++) {
            assertEquals(PlanChecks.FirstPlaces.ABSENT, places.putIfAbsent(keys.get(i), i));
        }
        assertEquals(0, places.putIfAbsent("Aa", 5));
        assertEquals(1, places.get("BB"));
        assertEquals(4, places.get("AaBB"));
        assertEquals(PlanChecks.FirstPlaces.ABSENT, places.get("BBAa"));
    }

    @Test
    void anEmptyTableHoldsNothing() {
        assertEquals(PlanChecks.FirstPlaces.ABSENT, new PlanChecks.FirstPlaces(0, i -> "x").get("x"));
    }
}
