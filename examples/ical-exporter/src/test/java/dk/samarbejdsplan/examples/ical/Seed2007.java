package dk.samarbejdsplan.examples.ical;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.PoliceDistrict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dated meetings of the 2007 plan of Midt- og Vestsjællands Politi, transcribed by hand from the source
 * document (the row "Lokalrådene i de enkelte kommuner" of Bilag 1: "Lokalrådene har i 2007 holdt eller
 * berammet følgende møder"), with the kommunekoder of the ten municipalities. The tests check the exporter's
 * output against this table, not against the exporter's own output.
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
     * A hand-built excerpt of the 2007 plan: category 1 with the kredsråd, the kontaktudvalg and the lokalråd
     * (with the 13 meetings), and category 2 with a forum without local units.
     */
    static CooperationPlan plan() {
        Map<Municipality, List<Meeting>> meetings = new LinkedHashMap<>();
        for (ExpectedMeeting m : MEETINGS) {
            meetings.computeIfAbsent(new Municipality(m.code(), m.municipality()), k -> new ArrayList<>())
                    .add(Meeting.on(m.date()));
        }
        List<LocalUnit> units = meetings.entrySet().stream()
                .map(e -> LocalUnit.of(e.getKey(), e.getValue())).toList();
        Forum districtCouncil = Forum.builder().id("kredsraadet")
                .name("Kredsrådet for Midt- og Vestsjællands Politi")
                .topic("Almindelige spørgsmål vedrørende politiets virksomhed i kredsen m.v.")
                .representative("Politidirektøren og borgmestrene i de kommuner, der geografisk indgår i"
                        + " politikredsen.")
                .frequency("Min. 4").build();
        Forum localCouncils = Forum.builder().id("lokalraadene").name(LOCAL_COUNCILS)
                .topic("Spørgsmål vedrørende politiets kriminalitetsbekæmpende og kriminalpræventive indsats i"
                        + " lokalområdet m.v.")
                .representative("Lederne af lokalpolitienhederne")
                .representative("repræsentanter for kommunerne")
                .representative("repræsentanter for det øvrige lokalsamfund")
                .frequency("Min. 4 (2 i 2007)")
                .localUnits(units).build();
        Forum emergency = Forum.builder().id("beredskabskommissionen")
                .name("Beredskabskommissionen i de enkelte kommuner")
                .topic("Overordnet drøftelse af sager af beredskabsmæssig karakter")
                .frequency("4").build();
        return CooperationPlan.builder()
                .district(PoliceDistrict.of("Midt- og Vestsjællands Politi", "1467"))
                .year(2007).status(PlanStatus.ADOPTED).title("Samarbejdsplan for 2007")
                .categories(List.of(
                        new Category("kontakt-med-lokalsamfundet", 1, CATEGORY,
                                List.of(districtCouncil, localCouncils)),
                        new Category("beredskab", 2, "Beredskab", List.of(emergency))))
                .build();
    }
}
