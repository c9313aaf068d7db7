package dk.samarbejdsplan.export.text;

import static dk.samarbejdsplan.export.text.TextExpectations.assertLineWidths;
import static dk.samarbejdsplan.export.text.TextExpectations.assertWordsIn;
import static dk.samarbejdsplan.export.text.TextExpectations.export;
import static dk.samarbejdsplan.export.text.TextExpectations.lines;
import static dk.samarbejdsplan.export.text.TextExpectations.words;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.testkit.PlanArbitraries;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Arbitrary plans: width, no tabs, and every forum's words recoverable from the wrapped text. */
class TextPropertiesTest {

    @Property(tries = 150)
    void linesFitAndForumsAreRecoverable(@ForAll("plans") CooperationPlan plan, @ForAll Language language,
            @ForAll("widths") int width) {
        String text = export(plan, ExportOptions.builder().language(language)
                .formatOptions(new TextOptions(width)).build());
        List<String> lines = lines(text);
        assertLineWidths(lines, width);
        assertFalse(text.contains("\n\n\n"), "never two blank lines in a row");
        List<String> words = words(text);
        boolean da = language == Language.DA;
        assertWordsIn(words, plan.title(), "title");
        plan.forums().forEach(f -> {
            assertWordsIn(words, "Forum: " + f.name(), f.id());
            assertWordsIn(words, (da ? "Emne: " : "Topic: ") + f.topic(), f.id());
            if (!f.representatives().isEmpty()) {
                assertWordsIn(words, (da ? "Repræsentanter: " : "Representatives: ")
                        + String.join("; ", f.representatives()), f.id());
            }
            assertWordsIn(words, (da ? "Møder om året: " : "Meetings a year: ") + dk.samarbejdsplan.export.Wording.of(language).frequency(f.frequency()),
                    f.id());
            f.actionPlan().ifPresent(a -> assertWordsIn(words, (da ? "Handleplan: " : "Action plan: ") + a,
                    f.id()));
            for (LocalUnit unit : f.localUnits()) {
                assertWordsIn(words, unitSentence(unit, language), f.id() + " local unit");
            }
        });
        plan.sections().forEach(s -> s.paragraphs().forEach(p -> assertWordsIn(words, p, "section paragraph")));
    }

    /** The documented sentence: "Greve Kommune (kommunekode 253): møder 26. oktober 2007 og 14. november 2007." */
    static String unitSentence(LocalUnit unit, Language language) {
        boolean da = language == Language.DA;
        String name = unit.municipality().name();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(" kommune") && !lower.endsWith(" municipality")) {
            name += da ? " Kommune" : " Municipality";
        }
        List<String> dates = new java.util.ArrayList<>();
        for (Meeting m : unit.meetings()) {
            String status = m.status().map(s -> s == dk.samarbejdsplan.model.MeetingStatus.HELD
                    ? (da ? " (afholdt)" : " (held)") : (da ? " (planlagt)" : " (planned)")).orElse("");
            dates.add(dk.samarbejdsplan.export.Wording.of(language).date(m.date()) + status);
        }
        String meetings;
        if (dates.isEmpty()) {
            meetings = da ? "ingen daterede møder" : "no dated meetings";
        } else {
            String list = dates.size() == 1 ? dates.get(0)
                    : String.join(", ", dates.subList(0, dates.size() - 1)) + (da ? " og " : " and ")
                            + dates.get(dates.size() - 1);
            meetings = (dates.size() == 1 ? (da ? "møde " : "meeting on ") : (da ? "møder " : "meetings on "))
                    + list;
        }
        return name + " (" + (da ? "kommunekode " : "municipality code ") + unit.municipality().code() + "): "
                + meetings + ".";
    }

    @Property(tries = 50)
    void deterministic(@ForAll("plans") CooperationPlan plan) {
        assertTrue(export(plan, ExportOptions.defaults()).equals(export(plan, ExportOptions.defaults())));
    }

    @Provide
    Arbitrary<CooperationPlan> plans() {
        return PlanArbitraries.plans(4, 5);
    }

    @Provide
    Arbitrary<Integer> widths() {
        return Arbitraries.of(40, 41, 57, 80, 120);
    }
}
