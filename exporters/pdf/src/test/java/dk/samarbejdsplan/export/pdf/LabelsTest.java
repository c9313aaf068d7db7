package dk.samarbejdsplan.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.pdf.internal.Labels;
import dk.samarbejdsplan.model.Language;
import org.junit.jupiter.api.Test;

/** The Danish and English fixed texts have the same keys, none blank. */
class LabelsTest {
    @Test
    void bothLanguagesHaveEveryKey() {
        assertEquals(Labels.of(Language.DA).keySet(), Labels.of(Language.EN).keySet());
        assertTrue(Labels.of(Language.DA).size() > 40);
        Labels.of(Language.DA).forEach((k, v) -> assertTrue(!v.isBlank(), k));
        Labels.of(Language.EN).forEach((k, v) -> assertTrue(!v.isBlank(), k));
    }
}
