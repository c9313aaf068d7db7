package dk.samarbejdsplan.export.html;

import dk.samarbejdsplan.model.testkit.SamplePlans;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Plans for the HTML tests. */
final class TestPlans {
    private TestPlans() {
    }

    /** The 2007 plan (the seed transcribed in full), from the exporter test kit. */
    static CooperationPlan plan2007() {
        return SamplePlans.plan2007();
    }

    static Forum.Builder forum(String id, String name, String frequency) {
        return Forum.builder().id(id).name(name).topic("Emne for " + name)
                .representatives(List.of("Politidirektøren", "repræsentanter for kommunerne")).frequency(frequency);
    }

    /**
     * A draft plan that uses every field and the awkward cases: every optional field of a forum, meetings
     * with and without status, a unit without meetings, an interface to a forum that does not exist, every
     * kind of frequency, ids that clash with the page's own ids or with each other or are not slugs at all,
     * blank texts, an empty category.
     */
    static CooperationPlan everyField() {
        Forum kredsraad = forum("kredsraadet", "Kredsrådet", "Min. 4")
                .termsOfReference("Kredsrådet drøfter politiets virksomhed.\n\nOg samarbejdsplanen.")
                .goals(List.of("Færre indbrud", "Tryghed i nattelivet"))
                .actionPlan("Handleplanen for 2008.")
                .interfaces(List.of("lokalraadene", "findes-ikke"))
                .notes(List.of("Første bemærkning.", "Anden bemærkning.\n\nMed to afsnit."))
                .build();
        Forum lokalraad = forum("lokalraadene", "Lokalrådene i de enkelte kommuner", "Min. 4 (2 i 2008)")
                .interfaces(List.of("kredsraadet"))
                .localUnits(List.of(
                        new LocalUnit(new Municipality("253", "Greve"), List.of(
                                new Meeting(LocalDate.of(2008, 1, 26), Optional.of(MeetingStatus.HELD)),
                                new Meeting(LocalDate.of(2008, 11, 14), Optional.of(MeetingStatus.PLANNED)),
                                Meeting.on(LocalDate.of(2008, 12, 1))),
                                Optional.of("Greves handleplan.")),
                        LocalUnit.of(new Municipality("259", "Køge"), List.of())))
                .build();
        List<Forum> odd = List.of(
                forum("Æble Gård!!", "Forum med et mærkeligt id", "1").build(),
                forum("", "Forum uden id", "52").build(),
                forum("dup", "Første dublet", "Min. 1").build(),
                forum("dup", "Anden dublet", "1-2").build(),
                forum("indhold", "Forum med sidens eget id", "Ad hoc").build(),
                forum("forum-dup", "Forum der ligner en dublet", "Besluttet lokalt").build(),
                Forum.builder().id("tom").name(" ").topic("").representatives(List.of())
                        .frequency(new MeetingFrequency.Between(2, 3, Optional.of(new MeetingFrequency.YearCount(1, 2008))))
                        .build());
        return CooperationPlan.builder()
                .district(PoliceDistrict.of("Midt- og Vestsjællands Politi", "1467"))
                .year(2008).edition(2).status(PlanStatus.DRAFT)
                .discussedInDistrictCouncil(LocalDate.of(2008, 3, 13))
                .title("Samarbejdsplan for 2008")
                .section(Section.of("Indledning", "Første afsnit.\n\nAndet afsnit.", "Tredje afsnit."))
                .section(Section.of(" ", "Et afsnit under en tom overskrift."))
                .categories(List.of(
                        new Category("kontakt", 1, "Kontakt med lokalsamfundet m.v.", List.of(kredsraad, lokalraad)),
                        new Category("maerkelige-id", 2, "Mærkelige id'er", odd),
                        new Category("tom", 3, "En kategori uden fora", List.of()),
                        new Category("", 4, "", List.of(forum("sidste", "Sidste forum", "2").build()))))
                .build();
    }
}
