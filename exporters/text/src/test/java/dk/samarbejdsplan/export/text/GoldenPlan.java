package dk.samarbejdsplan.export.text;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import java.time.LocalDate;
import java.util.List;

/**
 * An excerpt of the 2007 plan (seed text, Bilag 1 categories 1 and 2) for the golden tests. The expected texts
 * {@code golden-da.txt} and {@code golden-en.txt} were written from the documented layout with the plan text
 * wrapped at 80 by Python's {@code textwrap} (an independent wrapper: no long-word or hyphen breaking), and
 * read through by hand.
 */
final class GoldenPlan {
    private GoldenPlan() {
    }

    static CooperationPlan plan() {
        Forum kredsraadet = Forum.builder().id("kredsraadet")
                .name("Kredsrådet for Midt- og Vestsjællands Politi")
                .topic("Almindelige spørgsmål vedrørende politiets virksomhed i kredsen m.v.")
                .representative("Politidirektøren og borgmestrene i de kommuner, der geografisk indgår i "
                        + "politikredsen.")
                .frequency("Min. 4").interfaces(List.of("kontaktudvalget", "lokalraadene")).build();
        Forum kontaktudvalget = Forum.builder().id("kontaktudvalget").name("Kontaktudvalget")
                .topic("Forberedelse af kredsrådsmøder m.v.")
                .representatives(List.of("Chefen for politikredsens ledelsessekretariat", "lederen af lokalpolitiet",
                        "repræsentanter for kommunerne"))
                .frequency("Min. 4").build();
        Forum lokalraad = Forum.builder().id("lokalraadene").name("Lokalrådene i de enkelte kommuner")
                .topic("Spørgsmål vedrørende politiets kriminalitetsbekæmpende og kriminalpræventive indsats i "
                        + "lokalområdet m.v.")
                .representative("Lederne af lokalpolitienhederne, repræsentanter for kommunerne og repræsentanter "
                        + "for det øvrige lokalsamfund.")
                .frequency("Min. 4 (2 i 2007)")
                .actionPlan("Der er udarbejdet en handleplan for arbejdet i hvert enkelt lokalråd.\n\n"
                        + "I 2007 vil lokalrådene hovedsageligt have til opgave at konstituere sig og identificere "
                        + "mulige opgaver.")
                .localUnit(LocalUnit.of(new Municipality("253", "Greve"), List.of(
                        Meeting.on(LocalDate.of(2007, 10, 26)), Meeting.on(LocalDate.of(2007, 11, 14)))))
                .localUnit(LocalUnit.of(new Municipality("316", "Holbæk"), List.of(
                        Meeting.on(LocalDate.of(2007, 9, 26)), Meeting.on(LocalDate.of(2007, 11, 7)))))
                .localUnit(LocalUnit.of(new Municipality("326", "Kalundborg"), List.of(
                        Meeting.on(LocalDate.of(2007, 11, 29)))))
                .build();
        Forum staben = Forum.builder().id("beredskabsstaben-strategisk")
                .name("Beredskabsstaben (strategisk niveau)")
                .topic("Samarbejdet mellem totalforsvaret (herunder hjemmeværn og politihjemmeværn), "
                        + "beredskabsregion og politi.")
                .representatives(List.of("Politidirektøren", "chefpolitiinspektøren", "chefen for "
                        + "Totalforsvarsregionen", "chefen for Beredskabsstyrelsen i Næstved."))
                .frequency("Ad hoc").build();
        return CooperationPlan.builder()
                .district(PoliceDistrict.of("Midt- og Vestsjællands Politi", "1467"))
                .year(2007).status(PlanStatus.ADOPTED)
                .subtitle("En plan for samarbejdet mellem Midt- og Vestsjællands Politi, kommunerne, andre "
                        + "offentlige myndigheder, interesseorganisationer, foreninger m.v. i politikredsen i 2007")
                .section(Section.of("Indledning",
                        "Politiet har en lang tradition for et tæt samarbejde med lokalsamfundet, herunder "
                                + "kommunerne, andre offentlige myndigheder, foreninger m.v. i politikredsen",
                        "For Midt- og Vestsjællands Politi er det afgørende, at dette tætte samarbejde "
                                + "videreføres og styrkes."))
                .category("kontakt-med-lokalsamfundet", "Kontakt med lokalsamfundet m.v.",
                        List.of(kredsraadet, kontaktudvalget, lokalraad))
                .category("beredskab", "Beredskab", List.of(staben))
                .build();
    }
}
