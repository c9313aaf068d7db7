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
        Owner root = Owner.PLAN;
        text(plan.district().name(), root, "district.name", issues);
        text(plan.district().code(), root, "district.code", issues);
        text(plan.legalBasis(), root, "legalBasis", issues);
        text(plan.title(), root, "title", issues);
        text(plan.subtitle(), root, "subtitle", issues);
        List<Section> sections = plan.sections();
        for (int s = 0; s < sections.size(); s++) {
            Owner section = new Owner(s, -1, -1, -1);
            text(sections.get(s).title(), section, "title", issues);
            texts(sections.get(s).paragraphs(), section, "paragraphs", Rule.EMPTY_TEXT, issues);
        }
        List<Category> categories = plan.categories();
        for (int c = 0; c < categories.size(); c++) {
            Category category = categories.get(c);
            Owner owner = new Owner(-1, c, -1, -1);
            text(category.id(), owner, "id", issues);
            text(category.title(), owner, "title", issues);
            List<Forum> forums = category.forums();
            for (int f = 0; f < forums.size(); f++) {
                forum(forums.get(f), c, f, issues);
            }
        }
        return issues;
    }

    private static void forum(Forum forum, int c, int f, List<Issue> issues) {
        Owner owner = new Owner(-1, c, f, -1);
        text(forum.id(), owner, "id", issues);
        text(forum.name(), owner, "name", issues);
        text(forum.topic(), owner, "topic", issues);
        texts(forum.representatives(), owner, "representatives", Rule.REPRESENTATIVE_BLANK, issues);
        text(forum.termsOfReference(), owner, "termsOfReference", issues);
        texts(forum.goals(), owner, "goals", Rule.EMPTY_TEXT, issues);
        text(forum.actionPlan(), owner, "actionPlan", issues);
        texts(forum.interfaces(), owner, "interfaces", null, issues);
        texts(forum.notes(), owner, "notes", Rule.EMPTY_TEXT, issues);
        List<LocalUnit> units = forum.localUnits();
        for (int u = 0; u < units.size(); u++) {
            LocalUnit unit = units.get(u);
            Owner unitOwner = new Owner(-1, c, f, u);
            text(unit.municipality().code(), unitOwner, "municipality.code", issues);
            text(unit.municipality().name(), unitOwner, "municipality.name", issues);
            text(unit.actionPlan(), unitOwner, "actionPlan", issues);
        }
    }

    /**
     * The element a text belongs to, by its indexes (-1 where they do not apply): the plan, a section, a
     * category, a forum or a local unit. Its path is only written for a text with a finding; a plan without
     * findings is checked without writing any path.
     */
    private record Owner(int section, int category, int forum, int unit) {

        static final Owner PLAN = new Owner(-1, -1, -1, -1);

        /**
         * @param field the text's component path within the element, such as {@code municipality.code}
         * @return the plan path of the text
         */
        String path(String field) {
            if (section >= 0) {
                return "sections[" + section + "]." + field;
            }
            if (category < 0) {
                return field;
            }
            String element = forum < 0 ? PlanPaths.category(category)
                    : unit < 0 ? PlanPaths.forum(category, forum) : PlanPaths.localUnit(category, forum, unit);
            return element + "." + field;
        }
    }

    /** The elements of a list of texts: each without raw characters and, if {@code blankRule} is given, not blank. */
    private static void texts(List<String> values, Owner owner, String field, Rule blankRule, List<Issue> issues) {
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (blankRule != null && PlanText.isBlank(value)) {
                issues.add(Issue.of(blankRule, owner.path(field) + "[" + i + "]", "value", value));
            }
            int raw = firstRaw(value);
            if (raw >= 0) {
                issues.add(rawCharacter(value, raw, owner.path(field) + "[" + i + "]"));
            }
        }
    }

    private static void text(Optional<String> value, Owner owner, String field, List<Issue> issues) {
        if (value.isPresent()) {
            text(value.get(), owner, field, issues);
        }
    }

    /** One text: reported once, at its first raw character. */
    private static void text(String value, Owner owner, String field, List<Issue> issues) {
        int raw = firstRaw(value);
        if (raw >= 0) {
            issues.add(rawCharacter(value, raw, owner.path(field)));
        }
    }

    /** @return the index of the first raw character of a text, or -1 when it holds none */
    private static int firstRaw(String value) {
        OptionalInt first = PlanText.firstRaw(value);
        return first.isPresent() ? first.getAsInt() : -1;
    }

    /** The issue for a text's first raw character (the message names it by its code, never raw). */
    private static Issue rawCharacter(String value, int index, String path) {
        return Issue.of(Rule.RAW_CHARACTER, path, "character", PlanText.codeOf(value.charAt(index)),
                "offset", index + 1);
    }
}
