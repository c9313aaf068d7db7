package dk.samarbejdsplan.validation;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Plans for the tests, built in code: a small plan of 2007 that breaks no rule, taken from the seed (the
 * first forums of category 1, with two of the ten lokalråd, and two forums of "Beredskab"), and helpers to
 * change one part of it.
 */
final class Plans {

    /** The validators' clock in the tests: 20 December 2007, noon in Copenhagen. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2007-12-20T11:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    static final String CATEGORY_1 = "Kontakt med lokalsamfundet m.v.";

    private Plans() {
    }

    static PlanValidator validator() {
        return PlanValidator.builder().clock(CLOCK).build();
    }

    static Forum kredsraadet() {
        return Forum.builder().id("kredsraadet").name("Kredsrådet for Midt- og Vestsjællands Politi")
                .topic("Almindelige spørgsmål vedrørende politiets virksomhed i kredsen m.v.")
                .representative("Politidirektøren")
                .representative("borgmestrene i de kommuner, der geografisk indgår i politikredsen")
                .frequency("Min. 4").build();
    }

    static Forum kontaktudvalget() {
        return Forum.builder().id("kontaktudvalget").name("Kontaktudvalget")
                .topic("Forberedelse af kredsrådsmøder m.v.")
                .representative("Chefen for politikredsens ledelsessekretariat")
                .representative("lederen af lokalpolitiet")
                .representative("repræsentanter for kommunerne")
                .frequency("Min. 4")
                .interfaces(List.of("kredsraadet"))
                .build();
    }

    static LocalUnit unit(String code, String name, String... dates) {
        List<Meeting> meetings = new ArrayList<>();
        for (String date : dates) {
            meetings.add(Meeting.on(LocalDate.parse(date)));
        }
        return LocalUnit.of(new Municipality(code, name), meetings);
    }

    static Forum lokalraadene() {
        return Forum.builder().id("lokalraadene").name("Lokalrådene i de enkelte kommuner")
                .topic("Spørgsmål vedrørende politiets kriminalitetsbekæmpende og kriminalpræventive indsats i "
                        + "lokalområdet m.v.")
                .representative("Lederne af lokalpolitienhederne")
                .representative("repræsentanter for kommunerne")
                .representative("repræsentanter for det øvrige lokalsamfund")
                .frequency("Min. 4 (2 i 2007)")
                .actionPlan("Der er udarbejdet en handleplan for arbejdet i hvert enkelt lokalråd.")
                .localUnit(unit("253", "Greve", "2007-10-26", "2007-11-14"))
                .localUnit(unit("316", "Holbæk", "2007-09-26", "2007-11-07"))
                .build();
    }

    static Forum beredskabskommissionen() {
        return Forum.builder().id("beredskabskommissionen").name("Beredskabskommissionen i de enkelte kommuner")
                .topic("Overordnet drøftelse af sager af beredskabsmæssig karakter")
                .representative("Liniechef for beredskabet")
                .representative("borgmesteren for den enkelte kommune")
                .frequency("4").build();
    }

    static Forum epidemikommissionen() {
        return Forum.builder().id("epidemikommissionen").name("Epidemikommissionen")
                .topic("Samarbejde om foranstaltninger mod smitsomme sygdomme m.v.")
                .representative("Politidirektøren")
                .representative("repræsentant for Embedslægeinstitutionen")
                .frequency("Ad hoc").build();
    }

    /** The plan that breaks no rule. */
    static CooperationPlan valid() {
        return CooperationPlan.builder()
                .district(PoliceDistrict.of("Midt- og Vestsjællands Politi", "1467"))
                .year(2007)
                .status(PlanStatus.ADOPTED)
                .discussedInDistrictCouncil(LocalDate.of(2007, 12, 13))
                .title("Samarbejdsplan for 2007")
                .subtitle("En plan for samarbejdet mellem Midt- og Vestsjællands Politi, kommunerne m.v.")
                .section(Section.of("Indledning", "Politiet har en lang tradition for et tæt samarbejde."))
                .section(Section.of("Opfølgning", "Samarbejdsplanen skal være en dynamisk plan."))
                .category("kontakt-med-lokalsamfundet", CATEGORY_1,
                        List.of(kredsraadet(), kontaktudvalget(), lokalraadene()))
                .category("beredskab", "Beredskab", List.of(beredskabskommissionen(), epidemikommissionen()))
                .build();
    }

    /** The valid plan without the lokalråd forum: no dated meetings, so changing the year touches nothing else. */
    static CooperationPlan simple() {
        return withCategory(0, c -> c.withForums(List.of(kredsraadet(), kontaktudvalget())));
    }

    /** The valid plan with one forum changed. */
    static CooperationPlan withForum(int category, int forum, UnaryOperator<Forum.Builder> change) {
        CooperationPlan plan = valid();
        List<Category> categories = new ArrayList<>(plan.categories());
        Category c = categories.get(category);
        List<Forum> forums = new ArrayList<>(c.forums());
        forums.set(forum, change.apply(forums.get(forum).toBuilder()).build());
        categories.set(category, c.withForums(forums));
        return plan.toBuilder().categories(categories).build();
    }

    /** The valid plan with one category changed. */
    static CooperationPlan withCategory(int category, UnaryOperator<Category> change) {
        CooperationPlan plan = valid();
        List<Category> categories = new ArrayList<>(plan.categories());
        categories.set(category, change.apply(categories.get(category)));
        return plan.toBuilder().categories(categories).build();
    }

    /** The valid plan with the lokalråd forum's local units replaced. */
    static CooperationPlan withUnits(LocalUnit... units) {
        return withForum(0, 2, f -> f.localUnits(List.of(units)));
    }
}
