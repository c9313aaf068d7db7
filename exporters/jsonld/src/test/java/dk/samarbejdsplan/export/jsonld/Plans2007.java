package dk.samarbejdsplan.export.jsonld;

import dk.samarbejdsplan.model.testkit.HandBuiltPlans;
import dk.samarbejdsplan.model.testkit.SamplePlans;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 2007 plan for the tests: the whole plan (the test kit's copy of
 * {@code examples/plans/samarbejdsplan-2007.yaml}), and a part built by hand, for tests that need no plan reader.
 */
final class Plans2007 {
    private Plans2007() {
    }

    static CooperationPlan plan() {
        return SamplePlans.plan2007();
    }

    static Meeting on(String date) {
        return Meeting.on(LocalDate.parse(date));
    }

    private static LocalUnit unit(String code, String name, String... dates) {
        return LocalUnit.of(new Municipality(code, name), Arrays.stream(dates).map(Plans2007::on).toList());
    }

    /**
     * The test kit's {@link HandBuiltPlans#excerpt2007() excerpt of the 2007 plan} with what the JSON-LD tests
     * need besides (transcribed from the seed): all ten lokalråd with their 13 meetings and the note before
     * them, Kontaktudvalget (an interface both ways with Kredsrådet), Beredskabskommissionen (4 meetings a year),
     * the sections Opfølgning and Offentliggørelse, goals and terms of reference.
     */
    static CooperationPlan part() {
        CooperationPlan excerpt = HandBuiltPlans.excerpt2007();
        Forum kredsraad = excerpt.forum("kredsraadet").orElseThrow().toBuilder()
                .interfaces(List.of("lokalraadene", "kontaktudvalget")).build();
        Forum kontakt = Forum.builder().id("kontaktudvalget").name("Kontaktudvalget")
                .topic("Forberedelse af kredsrådsmøder m.v.")
                .representatives(List.of("Chefen for politikredsens ledelsessekretariat",
                        "Lederen af lokalpolitiet", "Repræsentanter for kommunerne"))
                .frequency("Min. 4").interfaces(List.of("kredsraadet")).build();
        Forum lokalraad = excerpt.forum("lokalraadene").orElseThrow().toBuilder()
                .note("Lokalrådene har i 2007 holdt eller berammet følgende møder.")
                .localUnit(unit("326", "Kalundborg", "2007-11-29"))
                .localUnit(unit("259", "Køge", "2007-11-08"))
                .localUnit(unit("350", "Lejre", "2007-11-20"))
                .localUnit(unit("306", "Odsherred", "2007-09-27", "2007-11-08"))
                .localUnit(unit("329", "Ringsted", "2007-12-06"))
                .localUnit(unit("265", "Roskilde", "2007-11-22"))
                .localUnit(unit("269", "Solrød", "2007-09-28"))
                .localUnit(unit("336", "Stevns", "2007-10-31"))
                .build();
        Forum beredskabskommission = Forum.builder().id("beredskabskommissionen")
                .name("Beredskabskommissionen i de enkelte kommuner")
                .topic("Overordnet drøftelse af sager af beredskabsmæssig karakter")
                .representatives(List.of("Liniechef for beredskabet", "Borgmesteren for den enkelte kommune"))
                .frequency("4").build();
        Forum status = excerpt.forum("statusmoeder").orElseThrow().toBuilder()
                .goals(List.of("Færre indbrud", "Tryghed i nattelivet")).build();
        Forum trafik = excerpt.forum("trafiksikkerhedsudvalg").orElseThrow().toBuilder()
                .termsOfReference("Et kommissorium.").build();
        List<Category> categories = excerpt.categories();
        List<Forum> beredskab = new ArrayList<>(List.of(beredskabskommission));
        beredskab.addAll(categories.get(1).forums().stream().map(f -> f.id().equals(status.id()) ? status : f)
                .toList());
        return excerpt.toBuilder()
                .section(Section.of("Opfølgning", "Samarbejdsplanen skal således være en dynamisk plan."))
                .section(Section.of("Offentliggørelse", "De årlige samarbejdsplaner vil derfor blive"
                        + " offentliggjort på www.politi.dk."))
                .categories(List.of(categories.get(0).withForums(List.of(kredsraad, kontakt, lokalraad)),
                        categories.get(1).withForums(beredskab),
                        categories.get(2).withForums(List.of(trafik))))
                .build();
    }
}
