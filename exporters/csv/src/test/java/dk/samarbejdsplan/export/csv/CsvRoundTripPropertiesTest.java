package dk.samarbejdsplan.export.csv;

import static dk.samarbejdsplan.export.csv.CsvExpectations.FORUM_HEADERS_DA;
import static dk.samarbejdsplan.export.csv.CsvExpectations.FORUM_HEADERS_EN;
import static dk.samarbejdsplan.export.csv.CsvExpectations.MEETING_HEADERS_DA;
import static dk.samarbejdsplan.export.csv.CsvExpectations.MEETING_HEADERS_EN;
import static dk.samarbejdsplan.export.csv.CsvExpectations.NUMBER_COLUMNS;
import static dk.samarbejdsplan.export.csv.CsvExpectations.assertTable;
import static dk.samarbejdsplan.export.csv.CsvExpectations.export;
import static dk.samarbejdsplan.export.csv.CsvExpectations.forumRows;
import static dk.samarbejdsplan.export.csv.CsvExpectations.localUnitRows;
import static dk.samarbejdsplan.export.csv.CsvExpectations.LOCAL_UNIT_HEADERS_DA;
import static dk.samarbejdsplan.export.csv.CsvExpectations.LOCAL_UNIT_HEADERS_EN;
import static dk.samarbejdsplan.export.csv.CsvExpectations.LOCAL_UNIT_NUMBER_COLUMNS;
import static dk.samarbejdsplan.export.csv.CsvExpectations.meetingRows;
import static dk.samarbejdsplan.export.csv.CsvExpectations.parse;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.testkit.HandBuiltPlans;
import dk.samarbejdsplan.model.testkit.PlanArbitraries;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Arbitrary plans, delimiters, BOM and languages: every cell parsed back by Commons CSV equals the model. */
class CsvRoundTripPropertiesTest {

    @Property(tries = 150)
    void everyCellOfEveryTableRoundTrips(@ForAll("plans") CooperationPlan plan, @ForAll("delimiters") char delimiter,
            @ForAll boolean bom, @ForAll Language language) {
        ExportOptions.Builder options = ExportOptions.builder().language(language)
                .formatOptions(new CsvOptions(delimiter, bom));
        assertTable(parse(export(plan, options.build()), delimiter, bom),
                language == Language.DA ? FORUM_HEADERS_DA : FORUM_HEADERS_EN, forumRows(plan, language),
                NUMBER_COLUMNS);
        assertTable(parse(export(plan, options.output("local-units").build()), delimiter, bom),
                language == Language.DA ? LOCAL_UNIT_HEADERS_DA : LOCAL_UNIT_HEADERS_EN, localUnitRows(plan),
                LOCAL_UNIT_NUMBER_COLUMNS);
        assertTable(parse(export(plan, options.output("meetings").build()), delimiter, bom),
                language == Language.DA ? MEETING_HEADERS_DA : MEETING_HEADERS_EN, meetingRows(plan, language),
                Set.of());
    }

    /** Hostile single cells: any text in the name column survives with the documented prefix only. */
    @Property(tries = 300)
    void anyTextSurvivesInAnyColumn(@ForAll("cells") String text, @ForAll("delimiters") char delimiter) {
        CooperationPlan base = HandBuiltPlans.excerpt2007();
        Forum forum = base.categories().get(0).forums().get(0).toBuilder().name(text).topic(text)
                .representatives(List.of(text, text)).notes(List.of(text)).actionPlan(text).build();
        CooperationPlan plan = base.toBuilder().categories(List.of(base.categories().get(0)
                .withForums(List.of(forum)))).build();
        assertTable(parse(export(plan, ExportOptions.builder().formatOptions(new CsvOptions(delimiter, false))
                .build()), delimiter, false), FORUM_HEADERS_DA, forumRows(plan, Language.DA), NUMBER_COLUMNS);
    }

    @Provide
    Arbitrary<CooperationPlan> plans() {
        return PlanArbitraries.plans(4, 5);
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';');
    }

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "\"", "'", ",", ";", " ", "a", "æ", "1",
                        "HYPERLINK(\"x\")", "😀", "\u001B", "\u0000", "\u0085", "\u202E", "\u2066", "\u007F"),
                Arbitraries.strings().ofMinLength(0).ofMaxLength(3));
        return pieces.list().ofMaxSize(8).map(l -> String.join("", l));
    }
}
