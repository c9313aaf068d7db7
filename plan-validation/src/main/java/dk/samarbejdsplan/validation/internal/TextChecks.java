package dk.samarbejdsplan.validation.internal;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.PlanText;
import dk.samarbejdsplan.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The rules about the texts of a plan, as plain Java: no text holds a raw character ({@link Rule#RAW_CHARACTER},
 * {@link PlanText#isRaw(int)}: control characters, bidirectional overrides and isolates), and no element of a
 * list of texts is blank ({@link Rule#REPRESENTATIVE_BLANK}; {@link Rule#EMPTY_TEXT} for a section's
 * paragraphs and a forum's goals and notes). Blank means {@link PlanText#isBlank}. The single text fields'
 * blank rules are Bean Validation constraints ({@link PlanConstraints}); the list elements are checked here, for
 * the reason {@link PlanChecks} gives.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextChecks {

    private TextChecks() {
    }

    /**
     * Checks every text of a plan.
     *
     * @param plan the plan
     * @return the issues found, in plan order
     */
    public static List<Issue> check(CooperationPlan plan) {
        List<Issue> issues = new ArrayList<>();
        text(plan.district().name(), "district.name", issues);
        text(plan.district().code(), "district.code", issues);
        text(plan.legalBasis(), "legalBasis", issues);
        text(plan.title(), "title", issues);
        text(plan.subtitle(), "subtitle", issues);
        List<Section> sections = plan.sections();
        for (int s = 0; s < sections.size(); s++) {
            String path = "sections[" + s + "]";
            text(sections.get(s).title(), path + ".title", issues);
            texts(sections.get(s).paragraphs(), path + ".paragraphs", Rule.EMPTY_TEXT, issues);
        }
        List<Category> categories = plan.categories();
        for (int c = 0; c < categories.size(); c++) {
            Category category = categories.get(c);
            String categoryPath = PlanPaths.category(c);
            text(category.id(), categoryPath + ".id", issues);
            text(category.title(), categoryPath + ".title", issues);
            List<Forum> forums = category.forums();
            for (int f = 0; f < forums.size(); f++) {
                forum(forums.get(f), c, f, issues);
            }
        }
        return issues;
    }

    private static void forum(Forum forum, int c, int f, List<Issue> issues) {
        String path = PlanPaths.forum(c, f);
        text(forum.id(), path + ".id", issues);
        text(forum.name(), path + ".name", issues);
        text(forum.topic(), path + ".topic", issues);
        texts(forum.representatives(), path + ".representatives", Rule.REPRESENTATIVE_BLANK, issues);
        text(forum.termsOfReference(), path + ".termsOfReference", issues);
        texts(forum.goals(), path + ".goals", Rule.EMPTY_TEXT, issues);
        text(forum.actionPlan(), path + ".actionPlan", issues);
        texts(forum.interfaces(), path + ".interfaces", null, issues);
        texts(forum.notes(), path + ".notes", Rule.EMPTY_TEXT, issues);
        List<LocalUnit> units = forum.localUnits();
        for (int u = 0; u < units.size(); u++) {
            LocalUnit unit = units.get(u);
            String unitPath = PlanPaths.localUnit(c, f, u);
            text(unit.municipality().code(), unitPath + ".municipality.code", issues);
            text(unit.municipality().name(), unitPath + ".municipality.name", issues);
            text(unit.actionPlan(), unitPath + ".actionPlan", issues);
        }
    }

    /** The elements of a list of texts: each without raw characters and, if {@code blankRule} is given, not blank. */
    private static void texts(List<String> values, String path, Rule blankRule, List<Issue> issues) {
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String elementPath = path + "[" + i + "]";
            if (blankRule != null && PlanText.isBlank(value)) {
                issues.add(Issue.of(blankRule, elementPath, "value", value));
            }
            text(value, elementPath, issues);
        }
    }

    private static void text(Optional<String> value, String path, List<Issue> issues) {
        value.ifPresent(v -> text(v, path, issues));
    }

    /** One text: reported once, at its first raw character (the message names it by its code, never raw). */
    private static void text(String value, String path, List<Issue> issues) {
        OptionalInt first = PlanText.firstRaw(value);
        if (first.isPresent()) {
            int index = first.getAsInt();
            issues.add(Issue.of(Rule.RAW_CHARACTER, path,
                    "character", PlanText.codeOf(value.charAt(index)), "offset", index + 1));
        }
    }
}
