package dk.samarbejdsplan.validation.history;

import dk.samarbejdsplan.model.history.PlanHistory;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.SourceLocation;
import dk.samarbejdsplan.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validates a district's plans across the years (<i>planhistorik</i>) against the rules {@code VAL-5xx} of
 * {@code plan-validation/RULES.md}: one district, one file per year and edition, editions and years without gaps,
 * forum ids not reused for another forum, forums of last year either kept or recorded as ended, and no text
 * that still names last year.
 *
 * <p>It adds to {@link dk.samarbejdsplan.validation.PlanValidator}, which checks each plan on its own and is
 * unchanged: validate each plan with that, and the history with this.
 *
 * <pre>{@code
 * PlanHistory history = PlanHistoryReader.create().read(Path.of("plans"));
 * ValidationReport acrossYears = HistoryValidator.create().validate(history);
 * // or, in a system that keeps its plans in a database:
 * ValidationReport report = HistoryValidator.create().validate(newPlan, earlierPlans);
 * }</pre>
 *
 * <p>"Last year's plan" is the current edition of the nearest earlier year of the history
 * ({@link PlanHistory#previous(int)}). Every finding is about one plan: its path is a path in that plan and its
 * location names that plan's file. Immutable and thread-safe.
 */
public final class HistoryValidator {
    private static final HistoryValidator INSTANCE = new HistoryValidator();

    private HistoryValidator() {
    }

    /** @return the validator (shared; immutable and thread-safe) */
    public static HistoryValidator create() {
        return INSTANCE;
    }

    /**
     * Checks every rule across the years on a whole history.
     *
     * @param history the plans
     * @return the findings about any of its plans, by file, line and code
     */
    public ValidationReport validate(PlanHistory history) {
        Objects.requireNonNull(history, "history");
        return report(history, HistoryChecks.check(history), null);
    }

    /**
     * Checks one plan against earlier plans of its district, for example a new plan against those an embedding
     * system keeps in its own database.
     *
     * @param plan the plan to check
     * @param earlier the district's other plans (earlier years, other editions of the year); only what they
     *        say about {@code plan} is reported
     * @return the findings about {@code plan}
     */
    public ValidationReport validate(PlanDocument plan, Collection<PlanDocument> earlier) {
        Objects.requireNonNull(plan, "plan");
        List<PlanDocument> documents = new ArrayList<>(earlier);
        documents.add(plan);
        PlanHistory history = PlanHistory.of(documents);
        return report(history, HistoryChecks.check(history), plan);
    }

    /** The findings (of one plan, or of all), by plan (the history's order), then line, column and code. */
    private static ValidationReport report(PlanHistory history, List<HistoryChecks.Found> found, PlanDocument only) {
        Map<PlanDocument, Integer> order = new IdentityHashMap<>();
        for (PlanDocument document : history.documents()) {
            order.put(document, order.size());
        }
        List<HistoryChecks.Found> selected = new ArrayList<>();
        for (HistoryChecks.Found f : found) {
            if (only == null || f.document() == only) {
                selected.add(f);
            }
        }
        selected.sort(Comparator.comparingInt((HistoryChecks.Found f) -> order.get(f.document()))
                .thenComparingInt(f -> f.finding().location().map(SourceLocation::line).orElse(0))
                .thenComparingInt(f -> f.finding().location().map(SourceLocation::column).orElse(0))
                .thenComparing(f -> f.finding().code())
                .thenComparing(f -> f.finding().messageEn()));
        return ValidationReport.of(selected.stream().map(HistoryChecks.Found::finding).toList());
    }
}
