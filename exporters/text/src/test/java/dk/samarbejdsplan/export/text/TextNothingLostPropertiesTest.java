package dk.samarbejdsplan.export.text;

import static dk.samarbejdsplan.export.text.TextExpectations.assertWordsIn;
import static dk.samarbejdsplan.export.text.TextExpectations.export;
import static dk.samarbejdsplan.export.text.TextExpectations.words;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.testkit.PlanArbitraries;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Nothing lost in the accessible text: the fields {@link TextPropertiesTest} leaves out — district, legal
 * basis, status, edition, discussed date, subtitle, section titles, category numbers and titles, and every
 * forum's terms of reference, goals, interfaces (by the other forum's name), notes and local action plans —
 * come back, labelled as the README documents, from the wrapped text of arbitrary plans in both languages.
 * Compared word by word (the text is wrapped at 80 characters, so white space is the one thing that changes).
 */
class TextNothingLostPropertiesTest {

    private record Labels(String district, String legalBasis, String status, String adopted, String draft,
            String edition, String discussed, String termsOfReference, String goals, String interfaces, String notes,
            String actionPlanFor, String municipality) {
        static Labels of(Language language) {
            return language == Language.DA
                    ? new Labels("Politikreds:", "Retsgrundlag:", "Status:", "vedtaget", "udkast", "Udgave:",
                            "Drøftet i kredsrådet:", "Kommissorium:", "Målsætninger:", "Snitflader til andre fora:",
                            "Noter:", "Handleplan for", "Kommune")
                    : new Labels("Police district:", "Legal basis:", "Status:", "adopted", "draft", "Edition:",
                            "Discussed in the district council:", "Terms of reference:", "Goals:",
                            "Interfaces with other forums:", "Notes:", "Action plan for", "Municipality");
        }
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void everyOtherFieldIsInTheText(@ForAll("plans") CooperationPlan plan, @ForAll Language language) {
        List<String> text = words(export(plan, ExportOptions.builder().language(language).build()));
        Labels l = Labels.of(language);
        assertWordsIn(text, l.district() + " " + plan.district().name(), "district");
        assertWordsIn(text, l.legalBasis() + " " + plan.legalBasis(), "legal basis");
        assertWordsIn(text, l.status() + " " + (plan.status() == PlanStatus.ADOPTED ? l.adopted() : l.draft()),
                "status");
        if (plan.edition() > 1) {
            assertWordsIn(text, l.edition() + " " + plan.edition(), "edition");
        }
        plan.discussedInDistrictCouncil().ifPresent(d -> assertWordsIn(text,
                l.discussed() + " " + dk.samarbejdsplan.export.Wording.of(language).date(d), "discussed in the district council"));
        plan.subtitle().ifPresent(s -> assertWordsIn(text, s, "subtitle"));
        int number = 1;
        for (Section section : plan.sections()) {
            assertWordsIn(text, number++ + ". " + section.title(), "section title");
        }
        for (Category category : plan.categories()) {
            assertWordsIn(text, category.number() + ". " + category.title(), "category number and title");
            for (Forum forum : category.forums()) {
                String id = forum.id();
                forum.termsOfReference().ifPresent(t -> assertWordsIn(text, l.termsOfReference() + " " + t, id));
                if (!forum.goals().isEmpty()) {
                    assertWordsIn(text, l.goals() + " " + String.join(" ", forum.goals()), id + " goals");
                }
                if (!forum.interfaces().isEmpty()) {
                    List<String> names = new ArrayList<>();
                    for (String other : forum.interfaces()) {
                        names.add(plan.forum(other).map(Forum::name).orElse(other));
                    }
                    assertWordsIn(text, l.interfaces() + " " + String.join("; ", names), id + " interfaces");
                }
                if (!forum.notes().isEmpty()) {
                    assertWordsIn(text, l.notes() + " " + String.join(" ", forum.notes()), id + " notes");
                }
                for (LocalUnit unit : forum.localUnits()) {
                    unit.actionPlan().ifPresent(a -> assertWordsIn(text, l.actionPlanFor() + " "
                            + municipality(unit.municipality().name(), l.municipality()) + ": " + a,
                            id + " local action plan"));
                }
            }
        }
    }

    /** "Greve Kommune": the README's rule, a name already ending in the word (or in "Kommune") is kept. */
    private static String municipality(String name, String word) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(" " + word.toLowerCase(Locale.ROOT)) || lower.endsWith(" kommune") ? name
                : name + " " + word;
    }

    @Provide
    Arbitrary<CooperationPlan> plans() {
        return PlanArbitraries.plans(4, 5);
    }
}
