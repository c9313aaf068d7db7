package dk.samarbejdsplan.model.history;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.io.PlanDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The plans of one police district across the years (<i>planhistorik</i>): each year with one or more editions
 * (<i>udgaver</i>, {@link CooperationPlan#edition()} 1, 2, …), each plan with the file it came from.
 *
 * <p>A year's <b>current edition</b> ({@link #current(int)}) is its newest adopted edition; a year with no
 * adopted edition has its newest draft as current one. A draft never replaces an adopted edition: a draft of
 * edition 3 after an adopted edition 2 leaves edition 2 current until it is adopted itself. Every other
 * edition of the year is {@linkplain #superseded(int) superseded}.
 *
 * <p>The history does not check its plans: whether they are of one district, whether two files claim the same
 * year and edition, and the other rules across years are the business of {@code HistoryValidator} in
 * {@code plan-validation}. Immutable and thread-safe.
 *
 * @param documents the plans with their sources, ordered by year, then edition, then source name
 */
public record PlanHistory(List<PlanDocument> documents) {

    private static final Comparator<PlanDocument> ORDER = Comparator
            .comparingInt((PlanDocument d) -> d.plan().year())
            .thenComparingInt(d -> d.plan().edition())
            .thenComparing(PlanDocument::source);

    /** Checks for {@code null}, copies the list and puts it in order. */
    public PlanHistory {
        Objects.requireNonNull(documents, "documents");
        List<PlanDocument> sorted = new ArrayList<>(documents.size());
        for (PlanDocument document : documents) {
            sorted.add(Objects.requireNonNull(document, "documents must not contain null"));
        }
        sorted.sort(ORDER);
        documents = List.copyOf(sorted);
    }

    /**
     * A history of plan documents (read from files, or from an embedding system's own store).
     *
     * @param documents the plans, in any order
     * @return the history
     */
    public static PlanHistory of(Collection<PlanDocument> documents) {
        return new PlanHistory(List.copyOf(documents));
    }

    /**
     * A history of plans built in code, with no files behind them.
     *
     * @param plans the plans, in any order
     * @return the history
     */
    public static PlanHistory ofPlans(Collection<CooperationPlan> plans) {
        return new PlanHistory(plans.stream().map(PlanDocument::of).toList());
    }

    /** @return whether the history holds no plan */
    public boolean isEmpty() {
        return documents.isEmpty();
    }

    /** @return the years that have at least one plan, oldest first */
    public List<Integer> years() {
        return documents.stream().map(d -> d.plan().year()).distinct().toList();
    }

    /**
     * The editions of one year.
     *
     * @param year the year
     * @return its plans, by edition (then source name); empty if the history has no plan for the year
     */
    public List<PlanDocument> editions(int year) {
        return documents.stream().filter(d -> d.plan().year() == year).toList();
    }

    /**
     * A year's current edition: its newest adopted edition, or, when none is adopted, its newest draft.
     *
     * @param year the year
     * @return the current edition, empty if the history has no plan for the year
     */
    public Optional<PlanDocument> current(int year) {
        List<PlanDocument> editions = editions(year);
        Optional<PlanDocument> adopted = editions.stream().filter(d -> d.plan().status() == PlanStatus.ADOPTED)
                .reduce((first, second) -> second);
        return adopted.isPresent() ? adopted : editions.stream().reduce((first, second) -> second);
    }

    /**
     * The editions of a year other than its current one (earlier editions, and a draft after an adopted one).
     *
     * @param year the year
     * @return those editions, by edition
     */
    public List<PlanDocument> superseded(int year) {
        Optional<PlanDocument> current = current(year);
        return editions(year).stream().filter(d -> current.isEmpty() || d != current.get()).toList();
    }

    /**
     * The plan a year follows: the current edition of the nearest earlier year of the history (normally last
     * year's plan; if a year is missing, the one before it).
     *
     * @param year the year
     * @return the previous year's current edition, empty for the history's first year
     */
    public Optional<PlanDocument> previous(int year) {
        return years().stream().filter(y -> y < year).reduce((first, second) -> second).flatMap(this::current);
    }

    /** @return the current edition of the history's newest year, empty for an empty history */
    public Optional<PlanDocument> latest() {
        List<Integer> years = years();
        return years.isEmpty() ? Optional.empty() : current(years.get(years.size() - 1));
    }
}
