package dk.samarbejdsplan.model.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The project's one edit distance (also the exporter registry's "did you mean") and the key suggestions. */
class SuggestionsTest {

    @Test
    void distanceCountsInsertionsDeletionsSubstitutionsAndSwapsOfNeighbours() {
        assertEquals(0, Suggestions.distance("html", "html", 2));
        assertEquals(1, Suggestions.distance("htm", "html", 2));
        assertEquals(1, Suggestions.distance("htlm", "html", 2), "a swap of two neighbours is one edit");
        assertEquals(1, Suggestions.distance("cvs", "csv", 2));
        assertEquals(1, Suggestions.distance("distirct", "district", 2), "one swap");
        assertEquals(2, Suggestions.distance("kitten", "sittin", 5));
        assertEquals(3, Suggestions.distance("kitten", "sitting", 5));
        assertEquals(3, Suggestions.distance("ca", "abc", 5), "optimal string alignment: no edit of a swapped pair");
        assertEquals(3, Suggestions.distance("kitten", "sitting", 2), "limit + 1 once above the limit");
        assertEquals(3, Suggestions.distance("a", "abcdef", 2), "limit + 1 for lengths too far apart");
        assertEquals(6, Suggestions.distance("", "abcdef", 10));
    }

    @Test
    void closestKeyAllowsASwapOfNeighbours() {
        assertEquals(Optional.of("district"), Suggestions.closest("distirct", List.of("district", "year")));
        assertEquals(Optional.of("year"), Suggestions.closest("Yaer", List.of("district", "year")));
        assertEquals(Optional.empty(), Suggestions.closest("zzzz", List.of("district", "year")));
    }
}
