package dk.samarbejdsplan.export.csv;

import static dk.samarbejdsplan.export.csv.CsvExpectations.export;
import static dk.samarbejdsplan.export.csv.CsvExpectations.exporter;
import static dk.samarbejdsplan.export.csv.CsvExpectations.parse;
import static dk.samarbejdsplan.export.csv.CsvExpectations.unneutralise;
import static dk.samarbejdsplan.export.csv.CsvExpectations.visible;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExportOutput;
import dk.samarbejdsplan.model.testkit.PlanArbitraries;
import dk.samarbejdsplan.export.testkit.PlanValues;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.MeetingStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVRecord;

/**
 * Nothing lost in the CSV, found by the test kit's generic walk of the model ({@link PlanValues}): every value of
 * every category with forums (its id, number, title and each forum's every field, list item, frequency, local
 * unit — with or without meetings —, municipality, action plan, meeting date and status) is a cell of one of the
 * CSV tables, read back by Apache Commons CSV in either dialect. (The CSV holds the forums; the plan's title,
 * sections and other front matter are in the other formats. A category without forums has no row: see the
 * README.)
 */
class CsvEveryValuePropertiesTest {

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void everyValueOfEveryForumIsACell(@ForAll("plans") CooperationPlan plan, @ForAll Language language,
            @ForAll boolean excel) {
        CsvOptions dialect = excel ? CsvOptions.EXCEL_DA : CsvOptions.DEFAULT;
        Set<String> cells = new HashSet<>();
        List<String> listCells = new ArrayList<>();
        for (ExportOutput output : exporter().outputs()) {
            String csv = export(plan, ExportOptions.builder().language(language).output(output.id())
                    .formatOptions(dialect).build());
            List<CSVRecord> records = parse(csv, dialect.delimiter(), dialect.byteOrderMark());
            for (CSVRecord record : records.subList(1, records.size())) {
                for (String cell : record) {
                    cells.add(unneutralise(cell));
                    listCells.add(unneutralise(cell));
                }
            }
        }
        for (Category category : plan.categories()) {
            if (category.forums().isEmpty()) {
                continue;
            }
            for (PlanValues.Value v : PlanValues.of(category)) {
                String where = "categories[" + (category.number() - 1) + "]." + v.path() + " = " + v.value();
                if (v.kind() == PlanValues.Kind.NODE && v.value() instanceof MeetingFrequency f) {
                    assertTrue(cells.contains(f.format()), where);
                } else if (v.kind() != PlanValues.Kind.VALUE || v.path().contains("frequency.")) {
                    continue; // absent values are empty cells; a frequency's numbers are in its text (above)
                } else if (v.value() instanceof String s) {
                    String cell = visible(s);
                    boolean listItem = v.path().endsWith("]");
                    assertTrue(cells.contains(cell) || listItem && listCells.stream().anyMatch(c -> c.contains(cell)),
                            where);
                } else if (v.value() instanceof Integer n) {
                    assertTrue(cells.contains(n.toString()), where);
                } else if (v.value() instanceof LocalDate d) {
                    assertTrue(cells.contains(d.toString()), where);
                } else if (v.value() instanceof MeetingStatus s) {
                    assertTrue(cells.contains(status(s, language)), where);
                } else {
                    throw new AssertionError("a value this test does not know: " + where);
                }
            }
        }
    }

    /** The documented words of a meeting status. */
    private static String status(MeetingStatus status, Language language) {
        boolean da = language == Language.DA;
        return status == MeetingStatus.HELD ? (da ? "afholdt" : "held") : (da ? "planlagt" : "planned");
    }

    @Provide
    Arbitrary<CooperationPlan> plans() {
        return PlanArbitraries.plans(4, 5);
    }
}
