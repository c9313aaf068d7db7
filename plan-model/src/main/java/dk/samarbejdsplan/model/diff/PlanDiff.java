package dk.samarbejdsplan.model.diff;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.PlanIndex;
import dk.samarbejdsplan.model.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two plans, typically last year's and this year's (<i>ændringer</i>): forums added,
 * removed, moved between categories and changed, matched by their stable forum id, plus the changes of the
 * plan's own fields, sections and categories.
 *
 * <p>Values are given as language-neutral text: lists joined with {@code "; "}, frequencies in their
 * canonical form ({@code "Min. 4"}), dates as ISO dates. Immutable. {@link #between} takes time linear in the
 * size of the two plans.
 *
 * @param planChanges changes of the plan's own fields, its sections and its categories, in plan order
 * @param forums the forums that were added, removed or changed, in the order of the new plan (removed ones
 *        after, in the order of the old plan)
 */
public record PlanDiff(List<FieldChange> planChanges, List<ForumChange> forums) {

    /** Copies the lists. */
    public PlanDiff {
        planChanges = List.copyOf(planChanges);
        forums = List.copyOf(forums);
    }

    /**
     * One changed field.
     *
     * @param field the field, as a plan path relative to its element ({@code "title"}, {@code "frequency"},
     *        {@code "sections[1].paragraphs"}, {@code "category"}, {@code "localUnits[253].meetings"})
     * @param oldValue the old value, empty if the field was added
     * @param newValue the new value, empty if the field was removed
     */
    public record FieldChange(String field, Optional<String> oldValue, Optional<String> newValue) {
        /** Checks for {@code null}. */
        public FieldChange {
            Objects.requireNonNull(field, "field");
            oldValue = Objects.requireNonNullElse(oldValue, Optional.empty());
            newValue = Objects.requireNonNullElse(newValue, Optional.empty());
        }
    }

    /** How a forum changed. */
    public enum Kind {
        /** New in the new plan. */
        ADDED,
        /** Gone from the new plan. */
        REMOVED,
        /** In both plans, with changes (possibly moved to another category). */
        CHANGED
    }

    /**
     * The change of one forum.
     *
     * @param forumId the forum's stable id
     * @param name the forum's name (the new one, for a removed forum the old one)
     * @param kind added, removed or changed
     * @param changes the changed fields, for {@link Kind#CHANGED}; a move between categories is the field
     *        {@code "category"}
     */
    public record ForumChange(String forumId, String name, Kind kind, List<FieldChange> changes) {
        /** Checks for {@code null} and copies the list. */
        public ForumChange {
            Objects.requireNonNull(forumId, "forumId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            changes = List.copyOf(changes);
        }

        /** @return whether the forum moved to another category */
        public boolean moved() {
            return changes.stream().anyMatch(c -> c.field().equals("category"));
        }
    }

    /** @return whether the two plans are the same in every field compared */
    public boolean isEmpty() {
        return planChanges.isEmpty() && forums.isEmpty();
    }

    /**
     * Compares two plans.
     *
     * @param oldPlan the earlier plan
     * @param newPlan the later plan
     * @return what changed from {@code oldPlan} to {@code newPlan}
     */
    public static PlanDiff between(CooperationPlan oldPlan, CooperationPlan newPlan) {
        Objects.requireNonNull(oldPlan, "oldPlan");
        Objects.requireNonNull(newPlan, "newPlan");
        List<FieldChange> plan = new ArrayList<>();
        compare(plan, "district.name", oldPlan.district().name(), newPlan.district().name());
        compare(plan, "district.code", oldPlan.district().code(), newPlan.district().code());
        compare(plan, "year", Integer.toString(oldPlan.year()), Integer.toString(newPlan.year()));
        compare(plan, "edition", Integer.toString(oldPlan.edition()), Integer.toString(newPlan.edition()));
        compare(plan, "status", oldPlan.status().name().toLowerCase(java.util.Locale.ROOT),
                newPlan.status().name().toLowerCase(java.util.Locale.ROOT));
        compare(plan, "discussedInDistrictCouncil", oldPlan.discussedInDistrictCouncil().map(LocalDate::toString),
                newPlan.discussedInDistrictCouncil().map(LocalDate::toString));
        compare(plan, "legalBasis", oldPlan.legalBasis(), newPlan.legalBasis());
        compare(plan, "title", oldPlan.title(), newPlan.title());
        compare(plan, "subtitle", oldPlan.subtitle(), newPlan.subtitle());
        int sections = Math.max(oldPlan.sections().size(), newPlan.sections().size());
        for (int i = 0; i < sections; i++) {
            Optional<Section> o = element(oldPlan.sections(), i);
            Optional<Section> n = element(newPlan.sections(), i);
            compare(plan, "sections[" + i + "].title", o.map(Section::title), n.map(Section::title));
            compare(plan, "sections[" + i + "].paragraphs", o.map(s -> String.join("\n\n", s.paragraphs())),
                    n.map(s -> String.join("\n\n", s.paragraphs())));
        }
        Map<String, Category> oldCategories = byId(oldPlan.categories(), Category::id);
        Map<String, Category> newCategories = byId(newPlan.categories(), Category::id);
        for (Category c : newPlan.categories()) {
            Optional<Category> o = Optional.ofNullable(oldCategories.get(c.id()));
            compare(plan, "categories[" + c.id() + "]", o.map(PlanDiff::heading), Optional.of(heading(c)));
        }
        for (Category c : oldPlan.categories()) {
            if (!newCategories.containsKey(c.id())) {
                compare(plan, "categories[" + c.id() + "]", Optional.of(heading(c)), Optional.empty());
            }
        }

        Map<String, Forum> oldForums = byId(oldPlan.forums().toList(), Forum::id);
        Map<String, Forum> newForums = byId(newPlan.forums().toList(), Forum::id);
        // built once: a lookup per forum in the plans themselves would make the diff quadratic
        PlanIndex oldIndex = PlanIndex.of(oldPlan);
        PlanIndex newIndex = PlanIndex.of(newPlan);
        List<ForumChange> forums = new ArrayList<>();
        for (Forum n : newForums.values()) {
            Forum o = oldForums.get(n.id());
            if (o == null) {
                forums.add(new ForumChange(n.id(), n.name(), Kind.ADDED, List.of()));
                continue;
            }
            List<FieldChange> changes = new ArrayList<>();
            compare(changes, "category", oldIndex.categoryOf(o.id()).map(PlanDiff::heading),
                    newIndex.categoryOf(n.id()).map(PlanDiff::heading));
            compareForums(changes, o, n);
            if (!changes.isEmpty()) {
                forums.add(new ForumChange(n.id(), n.name(), Kind.CHANGED, changes));
            }
        }
        for (Forum o : oldForums.values()) {
            if (!newForums.containsKey(o.id())) {
                forums.add(new ForumChange(o.id(), o.name(), Kind.REMOVED, List.of()));
            }
        }
        return new PlanDiff(plan, forums);
    }

    private static void compareForums(List<FieldChange> changes, Forum o, Forum n) {
        compare(changes, "name", o.name(), n.name());
        compare(changes, "topic", o.topic(), n.topic());
        compare(changes, "representatives", join(o.representatives()), join(n.representatives()));
        compare(changes, "frequency", o.frequency().format(), n.frequency().format());
        compare(changes, "termsOfReference", o.termsOfReference(), n.termsOfReference());
        compare(changes, "goals", join(o.goals()), join(n.goals()));
        compare(changes, "actionPlan", o.actionPlan(), n.actionPlan());
        compare(changes, "interfaces", join(o.interfaces()), join(n.interfaces()));
        compare(changes, "notes", join(o.notes()), join(n.notes()));
        Map<String, LocalUnit> oldUnits = byId(o.localUnits(), u -> u.municipality().code());
        Map<String, LocalUnit> newUnits = byId(n.localUnits(), u -> u.municipality().code());
        for (LocalUnit u : newUnits.values()) {
            Optional<LocalUnit> old = Optional.ofNullable(oldUnits.get(u.municipality().code()));
            String at = "localUnits[" + u.municipality().code() + "]";
            compare(changes, at + ".municipality", old.map(x -> x.municipality().name()),
                    Optional.of(u.municipality().name()));
            compare(changes, at + ".meetings", old.map(PlanDiff::meetings), Optional.of(meetings(u)));
            compare(changes, at + ".actionPlan", old.flatMap(LocalUnit::actionPlan), u.actionPlan());
        }
        for (LocalUnit u : oldUnits.values()) {
            if (!newUnits.containsKey(u.municipality().code())) {
                String at = "localUnits[" + u.municipality().code() + "]";
                compare(changes, at + ".municipality", Optional.of(u.municipality().name()), Optional.empty());
                compare(changes, at + ".meetings", Optional.of(meetings(u)), Optional.empty());
                compare(changes, at + ".actionPlan", u.actionPlan(), Optional.empty());
            }
        }
    }

    private static String heading(Category c) {
        return c.number() + ". " + c.title();
    }

    private static String meetings(LocalUnit unit) {
        return unit.meetings().stream().map(Meeting::date).map(LocalDate::toString).collect(Collectors.joining("; "));
    }

    private static Optional<String> join(List<String> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", values));
    }

    private static <T> Optional<T> element(List<T> list, int index) {
        return index < list.size() ? Optional.of(list.get(index)) : Optional.empty();
    }

    private static <T> Map<String, T> byId(List<T> values, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T value : values) {
            map.putIfAbsent(id.apply(value), value);
        }
        return map;
    }

    private static void compare(List<FieldChange> changes, String field, String oldValue, String newValue) {
        compare(changes, field, Optional.of(oldValue), Optional.of(newValue));
    }

    private static void compare(List<FieldChange> changes, String field, Optional<String> oldValue,
            Optional<String> newValue) {
        Optional<String> o = oldValue.filter(v -> !v.isEmpty());
        Optional<String> n = newValue.filter(v -> !v.isEmpty());
        if (!o.equals(n)) {
            changes.add(new FieldChange(field, o, n));
        }
    }
}
