package dk.samarbejdsplan.examples.ical;

import dk.samarbejdsplan.model.testkit.SamplePlans;
import dk.samarbejdsplan.model.CooperationPlan;
import java.time.LocalDate;
import java.util.List;

/**
 * The dated meetings of the 2007 plan of Midt- og Vestsjællands Politi, transcribed by hand from the source
 * document (the row "Lokalrådene i de enkelte kommuner" of Bilag 1: "Lokalrådene har i 2007 holdt eller
 * berammet følgende møder"), with the kommunekoder of the ten municipalities. The tests check the exporter's
 * output for the plan file against this table, not against the exporter's own output.
 */
final class Seed2007 {

    /** The forum that holds the dated meetings, as named in the source. */
    static final String LOCAL_COUNCILS = "Lokalrådene i de enkelte kommuner";

    /** The title of its category, "1. Kontakt med lokal-samfundet m.v." without the layout hyphen. */
    static final String CATEGORY = "Kontakt med lokalsamfundet m.v.";

    /** One dated meeting of the source. */
    record ExpectedMeeting(String municipality, String code, LocalDate date) {
    }

    /** The 13 meetings, in the order of the source. */
    static final List<ExpectedMeeting> MEETINGS = List.of(
            new ExpectedMeeting("Greve", "253", LocalDate.of(2007, 10, 26)),
            new ExpectedMeeting("Greve", "253", LocalDate.of(2007, 11, 14)),
            new ExpectedMeeting("Holbæk", "316", LocalDate.of(2007, 9, 26)),
            new ExpectedMeeting("Holbæk", "316", LocalDate.of(2007, 11, 7)),
            new ExpectedMeeting("Kalundborg", "326", LocalDate.of(2007, 11, 29)),
            new ExpectedMeeting("Køge", "259", LocalDate.of(2007, 11, 8)),
            new ExpectedMeeting("Lejre", "350", LocalDate.of(2007, 11, 20)),
            new ExpectedMeeting("Odsherred", "306", LocalDate.of(2007, 9, 27)),
            new ExpectedMeeting("Odsherred", "306", LocalDate.of(2007, 11, 8)),
            new ExpectedMeeting("Ringsted", "329", LocalDate.of(2007, 12, 6)),
            new ExpectedMeeting("Roskilde", "265", LocalDate.of(2007, 11, 22)),
            new ExpectedMeeting("Solrød", "269", LocalDate.of(2007, 9, 28)),
            new ExpectedMeeting("Stevns", "336", LocalDate.of(2007, 10, 31)));

    private Seed2007() {
    }

    /**
     * The 2007 plan as the test kit reads it from {@code examples/plans/samarbejdsplan-2007.yaml}, the plan
     * the tests check against {@link #MEETINGS}.
     */
    static CooperationPlan plan() {
        return SamplePlans.plan2007();
    }
}
