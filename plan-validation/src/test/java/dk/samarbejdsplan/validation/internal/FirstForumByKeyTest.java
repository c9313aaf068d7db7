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

/** {@link FirstForumByKey} answers as a {@code HashMap} of each key to its first index would. */
class FirstForumByKeyTest {

    @Property(tries = 500)
    void agreesWithAHashMap(@ForAll @Size(max = 60) List<@StringLength(max = 3) @CharRange(from = 'a', to = 'c')
            @Chars({'A', 'B'}) String> keys, @ForAll @StringLength(max = 3) @Chars({'a', 'b', 'A', 'B', 'z'}) String probe) {
        FirstForumByKey places = new FirstForumByKey(keys.size(), keys::get);
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Integer first = expected.putIfAbsent(keys.get(i), i);
            assertEquals(first == null ? FirstForumByKey.ABSENT : first, places.putIfAbsent(keys.get(i), i));
        }
        for (int i = 0; i < keys.size(); i++) {
            assertEquals(expected.get(keys.get(i)), places.get(keys.get(i)));
            assertEquals(expected.get(keys.get(i)), places.first(keys.get(i), i));
        }
        assertEquals(expected.getOrDefault(probe, FirstForumByKey.ABSENT), places.get(probe));
    }

    @Test
    void keysWithTheSameHashStayApart() {
        List<String> keys = List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "Aa");
        assertEquals("Aa".hashCode(), "BB".hashCode());
        FirstForumByKey places = new FirstForumByKey(keys.size(), keys::get);
        for (int i = 0; i < 5; i++) {
            assertEquals(FirstForumByKey.ABSENT, places.putIfAbsent(keys.get(i), i));
        }
        assertEquals(0, places.putIfAbsent("Aa", 5));
        assertEquals(1, places.get("BB"));
        assertEquals(4, places.get("AaBB"));
        assertEquals(FirstForumByKey.ABSENT, places.get("BBAa"));
    }

    @Test
    void anEmptyTableHoldsNothing() {
        assertEquals(FirstForumByKey.ABSENT, new FirstForumByKey(0, i -> "x").get("x"));
    }
}
