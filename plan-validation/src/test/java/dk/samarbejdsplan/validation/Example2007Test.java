package dk.samarbejdsplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.PlanReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2007 plan as transcribed in {@code examples/plans/samarbejdsplan-2007.yaml} has no error, and its warnings
 * are the facts of the seed: the lokalråd meet "Min. 4 (2 i 2007)", and seven of the ten municipalities list one
 * meeting in 2007 (Greve, Holbæk and Odsherred list two); the plan is adopted and gives no kredsråd date.
 */
class Example2007Test {

    private static PlanDocument document;
    private static ValidationReport report;

    @BeforeAll
    static void read() throws Exception {
        document = PlanReader.create().read(Path.of("../examples/plans/samarbejdsplan-2007.yaml"));
        report = Plans.validator().validate(document);
    }

    @Test
    void theExampleHasNoError() {
        assertFalse(report.hasErrors(), () -> report.format(Language.EN));
        assertEquals(List.of(), report.errors());
    }

    @Test
    void itsWarningsAreTheLokalraadWithOneMeetingIn2007AndTheMissingKredsraadDate() {
        // from the seed, by hand: one dated meeting in 2007 for these seven; in the order of the source
        List<String> oneMeeting = List.of("Kalundborg", "Køge", "Lejre", "Ringsted", "Roskilde", "Solrød", "Stevns");
        List<Finding> warnings = report.warnings();
        assertEquals(8, warnings.size(), () -> report.format(Language.EN));
        assertEquals("VAL-009", warnings.get(0).code());
        assertEquals("status", warnings.get(0).path());
        List<Finding> counts = warnings.subList(1, warnings.size());
        for (int i = 0; i < oneMeeting.size(); i++) {
            Finding warning = counts.get(i);
            String name = oneMeeting.get(i);
            assertEquals("VAL-407", warning.code());
            assertTrue(warning.path().matches("categories\\[0]\\.forums\\[2]\\.localUnits\\[\\d]"), warning.path());
            assertTrue(warning.messageDa().startsWith("Enheden for " + name + " (kommune "), warning.messageDa());
            assertTrue(warning.messageDa().endsWith(": antallet af daterede møder i 2007 er 1, men møder pr. år er"
                    + " \"Min. 4 (2 i 2007)\" — der forventes mindst 2."), warning.messageDa());
            assertTrue(warning.messageEn().startsWith("The unit for " + name + " (municipality "), warning.messageEn());
            assertTrue(warning.messageEn().endsWith(": the number of dated meetings in 2007 is 1, but meetings a year"
                    + " are \"Min. 4 (2 i 2007)\" — at least 2 are expected."), warning.messageEn());
        }
        assertEquals("Enheden for Kalundborg (kommune 326) i forum \"Lokalrådene i de enkelte kommuner\" (kategori 1"
                + " \"Kontakt med lokalsamfundet m.v.\"): antallet af daterede møder i 2007 er 1, men møder pr. år er"
                + " \"Min. 4 (2 i 2007)\" — der forventes mindst 2.", counts.get(0).messageDa());
    }

    @Test
    void eachWarningCarriesTheLineOfItsElementInTheFile() {
        for (Finding warning : report.warnings()) {
            assertTrue(warning.location().isPresent(), warning.path());
            assertEquals(document.sourceMap().locationOf(warning.path()), warning.location());
            assertTrue(warning.location().orElseThrow().source().endsWith("samarbejdsplan-2007.yaml"));
        }
        // the Kalundborg unit is written on its own line, after Greve's and Holbæk's
        int kalundborg = report.warnings().get(1).location().orElseThrow().line();
        int koege = report.warnings().get(2).location().orElseThrow().line();
        assertTrue(kalundborg < koege);
        assertEquals(document.sourceMap().locations().get("categories[0].forums[2].localUnits[2]").line(), kalundborg);
    }
}
