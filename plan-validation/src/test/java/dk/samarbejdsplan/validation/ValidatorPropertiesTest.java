package dk.samarbejdsplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.testkit.PlanArbitraries;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import dk.samarbejdsplan.validation.internal.Rule;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The validator never throws, and its findings are well-formed and deterministic, on any plan. */
class ValidatorPropertiesTest {

    private static final PlanValidator VALIDATOR = Plans.validator();

    /** The rules a plan from {@link PlanArbitraries#plans()} keeps by construction (see its Javadoc). */
    private static final Set<String> KEPT_BY_VALID_SHAPED_PLANS = Set.of("VAL-013", "VAL-102", "VAL-103", "VAL-105", "VAL-106",
            "VAL-202", "VAL-203", "VAL-209", "VAL-210", "VAL-211", "VAL-301", "VAL-302", "VAL-303", "VAL-402",
            "VAL-403", "VAL-404", "VAL-405");

    @Property(tries = 200)
    void neverThrowsOnValidShapedPlans(@ForAll("validShaped") CooperationPlan plan) {
        ValidationReport report = checkWellFormed(plan);
        for (Finding finding : report.findings()) {
            assertFalse(KEPT_BY_VALID_SHAPED_PLANS.contains(finding.code()), finding::toString);
        }
    }

    @Property(tries = 300)
    void neverThrowsOnAnyPlan(@ForAll("anything") CooperationPlan plan) {
        checkWellFormed(plan);
    }

    private static ValidationReport checkWellFormed(CooperationPlan plan) {
        ValidationReport report = VALIDATOR.validate(plan);
        for (Finding finding : report.findings()) {
            Rule rule = Rule.fromCode(finding.code()).orElseThrow();
            assertEquals(rule.severity(), finding.severity());
            assertFalse(finding.messageDa().isBlank());
            assertFalse(finding.messageEn().isBlank());
            assertTrue(Character.isUpperCase(finding.messageDa().codePointAt(0)), finding.messageDa());
            assertTrue(Character.isUpperCase(finding.messageEn().codePointAt(0)), finding.messageEn());
            assertFalse(finding.format(Language.DA).isBlank());
        }
        assertEquals(report.hasErrors(), !report.errors().isEmpty());
        assertEquals(report.findings().size(), report.errors().size() + report.warnings().size());
        assertEquals(report, VALIDATOR.validate(plan), "validation is deterministic");
        return report;
    }

    @Provide
    Arbitrary<CooperationPlan> validShaped() {
        return PlanArbitraries.plans();
    }

    // ------------------------------------------------- a local generator of plans that break every rule

    private static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withChars("abcæøå-_ 0123\t\u2003").ofMaxLength(8),
                Arbitraries.of("", " ", "${'a'.toUpperCase()}", "{x}", "{VAL-001}", "\\", "kredsraadet", "253"));
    }

    private static Arbitrary<Integer> counts() {
        return Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.integers().between(-2, 400));
    }

    /** Meeting counts: the model refuses negative ones, the validation the rest outside 1–366. */
    private static Arbitrary<Integer> meetingCounts() {
        return Arbitraries.oneOf(Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().between(0, 400));
    }

    private static Arbitrary<Integer> years() {
        return Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.integers().between(1990, 2030), Arbitraries.just(0));
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs()
                .between(LocalDate.of(-9999, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay)
                .edgeCases(c -> c.add(LocalDate.of(2007, 12, 31)));
    }

    private static Arbitrary<MeetingFrequency> frequencies() {
        // the model refuses a year count whose year is not written with four digits
        Arbitrary<Optional<MeetingFrequency.YearCount>> yearCount = Combinators
                .combine(meetingCounts(), Arbitraries.integers().between(1000, 9999)
                        .edgeCases(c -> c.add(2007)))
                .as(MeetingFrequency.YearCount::new).optional(0.3);
        return Arbitraries.oneOf(
                Combinators.combine(meetingCounts(), yearCount).as(MeetingFrequency.Exactly::new),
                Combinators.combine(meetingCounts(), yearCount).as(MeetingFrequency.AtLeast::new),
                Combinators.combine(meetingCounts(), meetingCounts(), yearCount).as(MeetingFrequency.Between::new),
                Arbitraries.just(new MeetingFrequency.AsNeeded()),
                Arbitraries.just(new MeetingFrequency.DecidedLocally()));
    }

    private static Arbitrary<LocalUnit> units() {
        Arbitrary<Meeting> meeting = Combinators.combine(dates(), Arbitraries.of(MeetingStatus.class).optional(0.5))
                .as(Meeting::new);
        return Combinators.combine(texts(), texts(), meeting.list().ofMaxSize(4), texts().optional(0.3))
                .as((code, name, meetings, actionPlan) -> new LocalUnit(new Municipality(code, name), meetings, actionPlan));
    }

    private static Arbitrary<Forum> forums() {
        return Builders.withBuilder(Forum::builder)
                .use(texts()).in(Forum.Builder::id)
                .use(texts()).in(Forum.Builder::name)
                .use(texts()).in(Forum.Builder::topic)
                .use(texts().list().ofMaxSize(3)).in(Forum.Builder::representatives)
                .use(frequencies()).in((b, f) -> b.frequency(f))
                .use(texts().optional(0.3)).in((b, t) -> b.termsOfReference(t.orElse(null)))
                .use(texts().list().ofMaxSize(2)).in(Forum.Builder::goals)
                .use(texts().list().ofMaxSize(3)).in(Forum.Builder::interfaces)
                .use(units().list().ofMaxSize(3)).in(Forum.Builder::localUnits)
                .build(Forum.Builder::build);
    }

    @Provide
    Arbitrary<CooperationPlan> anything() {
        Arbitrary<Category> category = Combinators.combine(texts(), counts(), texts(), forums().list().ofMaxSize(3))
                .as(Category::new);
        return Builders.withBuilder(CooperationPlan::builder)
                .use(Combinators.combine(texts(), texts().optional(0.5)).as(PoliceDistrict::new))
                .in(CooperationPlan.Builder::district)
                .use(years()).in(CooperationPlan.Builder::year)
                .use(counts()).in(CooperationPlan.Builder::edition)
                .use(Arbitraries.of(PlanStatus.class)).in(CooperationPlan.Builder::status)
                .use(dates().optional(0.5)).in((b, d) -> b.discussedInDistrictCouncil(d.orElse(null)))
                .use(texts()).in(CooperationPlan.Builder::legalBasis)
                .use(texts()).in(CooperationPlan.Builder::title)
                .use(Combinators.combine(texts(), texts().list().ofMaxSize(2)).as(Section::new).list().ofMaxSize(2))
                .in(CooperationPlan.Builder::sections)
                .use(category.list().ofMaxSize(4)).in(CooperationPlan.Builder::categories)
                .build(CooperationPlan.Builder::build);
    }
}
