package dk.samarbejdsplan.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Did you mean" for exporter ids, with plan-model's one edit distance. */
class DidYouMeanTest {

    @Test
    void suggestionsAreCloseOrNone() {
        List<String> ours = List.of("csv", "html", "jsonld", "text");
        assertEquals(Optional.of("html"), DidYouMean.suggest("htm", ours));
        assertEquals(Optional.of("html"), DidYouMean.suggest("HTML", ours));
        assertEquals(Optional.of("html"), DidYouMean.suggest("hmtl", ours), "a swap of two letters is one edit");
        assertEquals(Optional.of("jsonld"), DidYouMean.suggest("json", ours));
        assertEquals(Optional.of("jsonld"), DidYouMean.suggest("json-ld", ours));
        assertEquals(Optional.of("jsonld"), DidYouMean.suggest("json_ld", ours));
        assertEquals(Optional.of("text"), DidYouMean.suggest("txt", ours));
        assertEquals(Optional.of("csv"), DidYouMean.suggest("cvs", ours));
        assertEquals(Optional.empty(), DidYouMean.suggest("pdf", ours));
        assertEquals(Optional.empty(), DidYouMean.suggest("x", ours));
    }
}
