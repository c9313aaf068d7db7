package dk.samarbejdsplan.export.text;

import static dk.samarbejdsplan.export.text.TextExpectations.export;
import static dk.samarbejdsplan.export.text.TextExpectations.visible;
import static dk.samarbejdsplan.export.text.TextExpectations.words;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.Wording;
import dk.samarbejdsplan.model.testkit.PlanArbitraries;
import dk.samarbejdsplan.export.testkit.PlanValues;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.PlanStatus;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Nothing lost in the accessible text, found by the test kit's generic walk of the model ({@link PlanValues}):
 * every value of the plan — front matter, sections, categories, every forum's every field and list item, every
 * local unit with or without meetings, its municipality's name and code, action plan, meeting dates and statuses —
 * is in the wrapped text, compared word by word (wrapping changes only white space). Two kinds of value are
 * deliberately not text for people: the ids of categories and forums (an interface is shown by the other forum's
 * name), and the edition number 1 (only a later edition is named).
 */
class TextEveryValuePropertiesTest {

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void everyValueIsInTheText(@ForAll("plans") CooperationPlan plan, @ForAll Language language) {
        List<String> text = words(export(plan, ExportOptions.builder().language(language).build()));
        Wording wording = Wording.of(language);
        for (PlanValues.Value v : PlanValues.of(plan)) {
            String where = v.path() + " = " + v.value();
            String expected;
            if (v.kind() == PlanValues.Kind.NODE && v.value() instanceof MeetingFrequency f) {
                expected = wording.frequency(f);
            } else if (v.kind() != PlanValues.Kind.VALUE || v.path().contains("frequency.")
                    || v.path().endsWith(".id") || v.path().equals("edition") && v.value().equals(1)) {
                continue; // absences, a frequency's numbers (in its words, above), ids, the first edition
            } else if (v.path().matches(".*\\.interfaces\\[\\d+]")) {
                expected = visible(plan.forum((String) v.value()).map(Forum::name).orElse((String) v.value()));
            } else if (v.value() instanceof String s) {
                expected = visible(s);
            } else if (v.value() instanceof Integer n) {
                expected = n.toString();
            } else if (v.value() instanceof LocalDate d) {
                expected = wording.date(d);
            } else if (v.value() instanceof PlanStatus s) {
                expected = s == PlanStatus.ADOPTED ? (language == Language.DA ? "vedtaget" : "adopted")
                        : (language == Language.DA ? "udkast" : "draft");
            } else if (v.value() instanceof MeetingStatus s) {
                expected = s == MeetingStatus.HELD ? (language == Language.DA ? "afholdt" : "held")
                        : (language == Language.DA ? "planlagt" : "planned");
            } else {
                throw new AssertionError("a value this test does not know: " + where);
            }
            List<String> needle = words(expected);
            assertTrue(!needle.isEmpty() && Collections.indexOfSubList(text, needle) >= 0
                    || wordsWithin(text, needle), where);
        }
    }

    /** A value at the end of a sentence or in brackets shares its first or last word with punctuation. */
    private static boolean wordsWithin(List<String> text, List<String> needle) {
        String joined = " " + String.join(" ", text) + " ";
        return joined.contains(String.join(" ", needle));
    }

    @Provide
    Arbitrary<CooperationPlan> plans() {
        return PlanArbitraries.plans(4, 5);
    }
}
