package dk.samarbejdsplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.MeetingFrequency.AtLeast;
import dk.samarbejdsplan.model.MeetingFrequency.YearCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link CooperationPlan} and its parts: builders, copies, null handling, look-ups and {@code nextYear}. */
class CooperationPlanTest {

    private static final PoliceDistrict DISTRICT = PoliceDistrict.of("Midt- og Vestsjællands Politi", "1467");
    private static final Municipality GREVE = new Municipality("253", "Greve");
    private static final Municipality HOLBAEK = new Municipality("316", "Holbæk");

    private static Forum kredsraad() {
        return Forum.builder().id("kredsraadet").name("Kredsrådet for Midt- og Vestsjællands Politi")
                .topic("Almindelige spørgsmål vedrørende politiets virksomhed i kredsen m.v.")
                .representative("Politidirektøren")
                .representative("borgmestrene i de kommuner, der geografisk indgår i politikredsen")
                .frequency("Min. 4").interfaces(List.of("kontaktudvalget")).build();
    }

    private static Forum kontaktudvalg() {
        return Forum.builder().id("kontaktudvalget").name("Kontaktudvalget").topic("Forberedelse af kredsrådsmøder m.v.")
                .representatives(List.of("Chefen for politikredsens ledelsessekretariat", "lederen af lokalpolitiet",
                        "repræsentanter for kommunerne"))
                .frequency("Min. 4").build();
    }

    private static Forum lokalraad() {
        return Forum.builder().id("lokalraadene").name("Lokalrådene i de enkelte kommuner")
                .topic("Spørgsmål vedrørende politiets kriminalitetsbekæmpende og kriminalpræventive indsats")
                .representative("Lederne af lokalpolitienhederne").frequency("Min. 4 (2 i 2007)")
                .actionPlan("Der er udarbejdet en handleplan for arbejdet i hvert enkelt lokalråd.")
                .note("Lokalrådene har i 2007 holdt eller berammet følgende møder:")
                .localUnit(LocalUnit.of(GREVE, List.of(Meeting.on(LocalDate.of(2007, 10, 26)),
                        new Meeting(LocalDate.of(2007, 11, 14), Optional.of(MeetingStatus.PLANNED)))))
                .localUnit(new LocalUnit(HOLBAEK, List.of(Meeting.on(LocalDate.of(2007, 9, 26))),
                        Optional.of("Holbæks egen handleplan")))
                .build();
    }

    private static Forum retterne() {
        return Forum.builder().id("retterne-overordnet").name("Møde med retterne (overordnet)")
                .topic("Samarbejde mellem politiet og retterne").representative("Chefanklageren")
                .frequency(new MeetingFrequency.Exactly(4, Optional.of(new YearCount(1, 2007)))).build();
    }

    private static CooperationPlan plan2007() {
        return CooperationPlan.builder()
                .district(DISTRICT).year(2007).status(PlanStatus.ADOPTED)
                .discussedInDistrictCouncil(LocalDate.of(2007, 12, 13))
                .title("Samarbejdsplan for 2007").subtitle("En plan for samarbejdet ... i politikredsen i 2007")
                .section(Section.of("Indledning", "Første afsnit.", "Andet afsnit."))
                .section(Section.of("Opfølgning", "Et afsnit."))
                .category("kontakt-med-lokalsamfundet", "Kontakt med lokalsamfundet m.v.",
                        List.of(kredsraad(), kontaktudvalg(), lokalraad()))
                .category("retterne", "Retterne", List.of(retterne()))
                .build();
    }

    @Test
    void nextYearReplacesOnlyTheWholeYear() {
        CooperationPlan plan = CooperationPlan.builder().district(PoliceDistrict.of("Kreds")).year(2007)
                .title("Plan 2007 (nr. 120070)").build();
        assertEquals("Plan 2008 (nr. 120070)", plan.nextYear(2008).title());
    }

    @Nested
    class Builder {

        @Test
        void buildsWhatWasSet() {
            CooperationPlan plan = plan2007();
            assertEquals(DISTRICT, plan.district());
            assertEquals(Optional.of("1467"), plan.district().code());
            assertEquals(2007, plan.year());
            assertEquals(1, plan.edition());
            assertEquals(PlanStatus.ADOPTED, plan.status());
            assertEquals(Optional.of(LocalDate.of(2007, 12, 13)), plan.discussedInDistrictCouncil());
            assertEquals("Samarbejdsplan for 2007", plan.title());
            assertEquals(Optional.of("En plan for samarbejdet ... i politikredsen i 2007"), plan.subtitle());
            assertEquals(List.of("Indledning", "Opfølgning"), plan.sections().stream().map(Section::title).toList());
            assertEquals(List.of("Første afsnit.", "Andet afsnit."), plan.sections().get(0).paragraphs());
            assertEquals(2, plan.categories().size());
        }

        @Test
        void categoriesAddedOneByOneAreNumberedFromOne() {
            CooperationPlan plan = plan2007();
            assertEquals(1, plan.categories().get(0).number());
            assertEquals(2, plan.categories().get(1).number());
            assertEquals("kontakt-med-lokalsamfundet", plan.categories().get(0).id());
        }

        @Test
        void defaults() {
            CooperationPlan plan = CooperationPlan.builder().district(DISTRICT).year(2009).build();
            assertEquals("Samarbejdsplan for 2009", plan.title());
            assertEquals("Retsplejelovens § 113", plan.legalBasis());
            assertEquals(PlanStatus.DRAFT, plan.status());
            assertEquals(1, plan.edition());
            assertEquals(Optional.empty(), plan.discussedInDistrictCouncil());
            assertEquals(Optional.empty(), plan.subtitle());
            assertEquals(List.of(), plan.sections());
            assertEquals(List.of(), plan.categories());
            assertEquals(0, plan.forums().count());
        }

        @Test
        void toBuilderGivesAnEqualPlanAndChangesOnlyWhatIsSet() {
            CooperationPlan plan = plan2007();
            assertEquals(plan, plan.toBuilder().build());
            CooperationPlan second = plan.toBuilder().edition(2).build();
            assertEquals(2, second.edition());
            assertEquals(1, plan.edition(), "the original is unchanged");
            assertEquals(plan.categories(), second.categories());
            assertNotEquals(plan, second);
        }

        @Test
        void forumBuilderAndToBuilder() {
            Forum forum = lokalraad();
            assertEquals(forum, forum.toBuilder().build());
            assertEquals(new AtLeast(4, Optional.of(new YearCount(2, 2007))), forum.frequency());
            assertEquals(Optional.of("Der er udarbejdet en handleplan for arbejdet i hvert enkelt lokalråd."),
                    forum.actionPlan());
            assertEquals(Optional.empty(), forum.termsOfReference());
            assertEquals(List.of(), forum.goals());
            Forum renamed = forum.toBuilder().name("Lokalrådene").build();
            assertEquals("Lokalrådene", renamed.name());
            assertEquals(forum.localUnits(), renamed.localUnits());
            assertEquals("Lokalrådene i de enkelte kommuner", forum.name());
        }

        @Test
        void aMissingRequiredFieldIsNamedWithItsBuilder() {
            Forum.Builder forum = Forum.builder().id("f").name("F").topic("T").frequency("4");
            assertEquals("Forum.Builder.build(): det påkrævede felt \"frequency\" mangler — sæt det med frequency(…) "
                    + "før build()", assertThrows(NullPointerException.class,
                            () -> Forum.builder().id("f").name("F").topic("T").build()).getMessage());
            for (String field : List.of("id", "name", "topic")) {
                Forum.Builder missing = switch (field) {
                    case "id" -> forum.build().toBuilder().id(null);
                    case "name" -> forum.build().toBuilder().name(null);
                    default -> forum.build().toBuilder().topic(null);
                };
                String message = assertThrows(NullPointerException.class, missing::build).getMessage();
                assertTrue(message.startsWith("Forum.Builder.build(): det påkrævede felt \"" + field + "\" mangler"),
                        message);
            }
            assertEquals("CooperationPlan.Builder.build(): det påkrævede felt \"district\" mangler — sæt det med "
                    + "district(…) før build()", assertThrows(NullPointerException.class,
                            () -> CooperationPlan.builder().year(2007).build()).getMessage());
            String status = assertThrows(NullPointerException.class, () -> CooperationPlan.builder()
                    .district(PoliceDistrict.of("D")).status(null).build()).getMessage();
            assertTrue(status.contains("CooperationPlan.Builder") && status.contains("\"status\""), status);
        }

        @Test
        void optionalValuesAreNullInTheBuilderAndOptionalInTheRecord() {
            Forum forum = Forum.builder().id("f").name("F").topic("T").frequency("4").termsOfReference(null)
                    .actionPlan(null).build();
            assertEquals(Optional.empty(), forum.termsOfReference());
            assertEquals(Optional.empty(), forum.actionPlan());
            CooperationPlan plan = CooperationPlan.builder().district(PoliceDistrict.of("D")).year(2007).subtitle(null)
                    .discussedInDistrictCouncil(null).build();
            assertEquals(Optional.empty(), plan.subtitle());
            assertEquals(Optional.empty(), plan.discussedInDistrictCouncil());
        }

        @Test
        void forumBuilderRejectsAnUnknownFrequencyText() {
            assertThrows(FrequencyFormatException.class, () -> Forum.builder().frequency("ca. 4"));
        }
    }

    @Nested
    class DefensiveCopies {

        @Test
        void changingTheListsGivenToTheBuilderDoesNotChangeThePlan() {
            List<String> representatives = new ArrayList<>(List.of("Politidirektøren"));
            Forum forum = Forum.builder().id("f").name("F").topic("T").representatives(representatives)
                    .frequency("4").build();
            representatives.add("borgmestrene");
            assertEquals(List.of("Politidirektøren"), forum.representatives());

            List<Forum> forums = new ArrayList<>(List.of(forum));
            List<Category> categories = new ArrayList<>(List.of(new Category("c", 1, "C", forums)));
            List<Section> sections = new ArrayList<>(List.of(Section.of("Indledning", "Tekst.")));
            CooperationPlan plan = CooperationPlan.builder().district(DISTRICT).year(2007)
                    .categories(categories).sections(sections).build();
            forums.add(kredsraad());
            categories.add(new Category("d", 2, "D", List.of()));
            sections.clear();
            assertEquals(1, plan.categories().size());
            assertEquals(1, plan.categories().get(0).forums().size());
            assertEquals(1, plan.sections().size());
        }

        @Test
        void reusingABuilderDoesNotChangeAPlanBuiltBefore() {
            CooperationPlan.Builder builder = plan2007().toBuilder();
            CooperationPlan first = builder.build();
            builder.category("pressen", "Pressen", List.of());
            builder.section(Section.of("Offentliggørelse"));
            assertEquals(2, first.categories().size());
            assertEquals(2, first.sections().size());
            assertEquals(3, builder.build().categories().size());
        }

        @Test
        void listsAreUnmodifiable() {
            CooperationPlan plan = plan2007();
            assertThrows(UnsupportedOperationException.class, () -> plan.categories().clear());
            assertThrows(UnsupportedOperationException.class, () -> plan.sections().add(Section.of("X")));
            Forum forum = plan.forum("lokalraadene").orElseThrow();
            assertThrows(UnsupportedOperationException.class, () -> forum.representatives().add("x"));
            assertThrows(UnsupportedOperationException.class, () -> forum.localUnits().clear());
            assertThrows(UnsupportedOperationException.class,
                    () -> forum.localUnits().get(0).meetings().clear());
        }
    }

    @Nested
    class Nulls {

        @Test
        void requiredComponentsRejectNull() {
            assertThrows(NullPointerException.class, () -> CooperationPlan.builder().year(2007).build(),
                    "district");
            assertThrows(NullPointerException.class,
                    () -> plan2007().toBuilder().status(null).build(), "status");
            assertThrows(NullPointerException.class,
                    () -> plan2007().toBuilder().legalBasis(null).build(), "legalBasis");
            assertThrows(NullPointerException.class, () -> new PoliceDistrict(null, Optional.empty()));
            assertThrows(NullPointerException.class, () -> new Section(null, List.of()));
            assertThrows(NullPointerException.class, () -> new Category(null, 1, "T", List.of()));
            assertThrows(NullPointerException.class, () -> new Category("c", 1, null, List.of()));
            assertThrows(NullPointerException.class, () -> new Municipality(null, "Greve"));
            assertThrows(NullPointerException.class, () -> new Municipality("253", null));
            assertThrows(NullPointerException.class, () -> new Meeting(null, Optional.empty()));
            assertThrows(NullPointerException.class, () -> new LocalUnit(null, List.of(), Optional.empty()));
        }

        @Test
        void forumRequiresIdNameTopicAndFrequency() {
            Forum forum = kontaktudvalg();
            assertThrows(NullPointerException.class, () -> forum.toBuilder().id(null).build());
            assertThrows(NullPointerException.class, () -> forum.toBuilder().name(null).build());
            assertThrows(NullPointerException.class, () -> forum.toBuilder().topic(null).build());
            assertThrows(NullPointerException.class,
                    () -> forum.toBuilder().frequency((MeetingFrequency) null).build());
        }

        @Test
        void nullElementsInListsAreRejected() {
            List<String> withNull = new ArrayList<>();
            withNull.add(null);
            assertThrows(NullPointerException.class,
                    () -> kontaktudvalg().toBuilder().representatives(withNull).build());
            List<Category> categories = new ArrayList<>();
            categories.add(null);
            assertThrows(NullPointerException.class,
                    () -> CooperationPlan.builder().district(DISTRICT).categories(categories).build());
        }

        @Test
        void nullListsAndOptionalsBecomeEmpty() {
            CooperationPlan plan = new CooperationPlan(DISTRICT, 2007, 1, PlanStatus.DRAFT, null,
                    "Retsplejelovens § 113", "Samarbejdsplan for 2007", null, null, null);
            assertEquals(Optional.empty(), plan.discussedInDistrictCouncil());
            assertEquals(Optional.empty(), plan.subtitle());
            assertEquals(List.of(), plan.sections());
            assertEquals(List.of(), plan.categories());

            Forum forum = new Forum("f", "F", "T", null, new MeetingFrequency.AsNeeded(), null, null, null, null,
                    null, null);
            assertEquals(List.of(), forum.representatives());
            assertEquals(Optional.empty(), forum.termsOfReference());
            assertEquals(List.of(), forum.goals());
            assertEquals(Optional.empty(), forum.actionPlan());
            assertEquals(List.of(), forum.interfaces());
            assertEquals(List.of(), forum.notes());
            assertEquals(List.of(), forum.localUnits());

            assertEquals(Optional.empty(), new PoliceDistrict("X", null).code());
            assertEquals(List.of(), new Section("S", null).paragraphs());
            assertEquals(List.of(), new Category("c", 1, "C", null).forums());
            assertEquals(List.of(), new LocalUnit(GREVE, null, null).meetings());
            assertEquals(Optional.empty(), new LocalUnit(GREVE, null, null).actionPlan());
            assertEquals(Optional.empty(), new Meeting(LocalDate.of(2007, 1, 1), null).status());
        }
    }

    @Nested
    class LookUps {

        @Test
        void forumsStreamsEveryForumInPlanOrder() {
            assertEquals(List.of("kredsraadet", "kontaktudvalget", "lokalraadene", "retterne-overordnet"),
                    plan2007().forums().map(Forum::id).toList());
        }

        @Test
        void forumById() {
            CooperationPlan plan = plan2007();
            assertEquals("Kontaktudvalget", plan.forum("kontaktudvalget").orElseThrow().name());
            assertEquals("Møde med retterne (overordnet)", plan.forum("retterne-overordnet").orElseThrow().name());
            assertEquals(Optional.empty(), plan.forum("findes-ikke"));
            assertEquals(Optional.empty(), plan.forum("Kontaktudvalget"), "ids are case-sensitive");
        }

        @Test
        void categoryOfAForum() {
            CooperationPlan plan = plan2007();
            assertEquals("Kontakt med lokalsamfundet m.v.", plan.categoryOf("lokalraadene").orElseThrow().title());
            assertEquals("retterne", plan.categoryOf("retterne-overordnet").orElseThrow().id());
            assertEquals(2, plan.categoryOf("retterne-overordnet").orElseThrow().number());
            assertEquals(Optional.empty(), plan.categoryOf("findes-ikke"));
        }
    }

    @Nested
    class NextYear {

        private final CooperationPlan plan = plan2007();
        private final CooperationPlan next = plan.nextYear(2008);

        @Test
        void changesYearTitleStatusEditionAndDistrictCouncilDate() {
            CooperationPlan revised = plan.toBuilder().edition(3).build();
            CooperationPlan draft = revised.nextYear(2008);
            assertEquals(2008, draft.year());
            assertEquals("Samarbejdsplan for 2008", draft.title());
            assertEquals(Optional.of("En plan for samarbejdet ... i politikredsen i 2008"), draft.subtitle());
            assertEquals(PlanStatus.DRAFT, draft.status());
            assertEquals(1, draft.edition());
            assertEquals(Optional.empty(), draft.discussedInDistrictCouncil());
        }

        @Test
        void keepsDistrictTextsCategoriesAndForumIds() {
            assertEquals(plan.district(), next.district());
            assertEquals(plan.legalBasis(), next.legalBasis());
            assertEquals(plan.sections(), next.sections());
            assertEquals(plan.categories().stream().map(Category::id).toList(),
                    next.categories().stream().map(Category::id).toList());
            assertEquals(plan.categories().stream().map(Category::number).toList(),
                    next.categories().stream().map(Category::number).toList());
            assertEquals(plan.forums().map(Forum::id).toList(), next.forums().map(Forum::id).toList());
            assertEquals(plan.forums().map(Forum::name).toList(), next.forums().map(Forum::name).toList());
            Forum kredsraad = next.forum("kredsraadet").orElseThrow();
            assertEquals(kredsraad(), kredsraad, "a forum without year data is carried over unchanged");
            assertEquals(List.of("kontaktudvalget"), kredsraad.interfaces());
        }

        @Test
        void dropsDatedMeetingsAndYearCounts() {
            Forum lokalraad = next.forum("lokalraadene").orElseThrow();
            assertEquals(new AtLeast(4), lokalraad.frequency());
            assertEquals("Min. 4", lokalraad.frequency().format());
            assertEquals(List.of(GREVE, HOLBAEK),
                    lokalraad.localUnits().stream().map(LocalUnit::municipality).toList(),
                    "the municipalities stay");
            assertTrue(lokalraad.localUnits().stream().allMatch(u -> u.meetings().isEmpty()));
            assertEquals(Optional.of("Holbæks egen handleplan"), lokalraad.localUnits().get(1).actionPlan());
            assertEquals(lokalraad().actionPlan(), lokalraad.actionPlan());
            assertEquals(lokalraad().notes(), lokalraad.notes());
            assertEquals("4", next.forum("retterne-overordnet").orElseThrow().frequency().format());
            assertTrue(next.forums().allMatch(f -> f.frequency().yearCount().isEmpty()));
        }

        @Test
        void leavesThisYearsPlanUnchanged() {
            assertEquals(plan2007(), plan);
            assertFalse(plan.forum("lokalraadene").orElseThrow().localUnits().get(0).meetings().isEmpty());
        }
    }
}
