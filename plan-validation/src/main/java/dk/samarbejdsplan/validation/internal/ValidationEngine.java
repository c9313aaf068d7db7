package dk.samarbejdsplan.validation.internal;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Section;
import dk.samarbejdsplan.model.io.SourceLocation;
import dk.samarbejdsplan.model.io.SourceMap;
import dk.samarbejdsplan.validation.Finding;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Runs the validation of one plan: the Bean Validation constraints ({@link PlanConstraints}), then the
 * rules on lists and the whole plan ({@link PlanChecks}) and on texts ({@link TextChecks}); writes every issue as a {@link Finding} with its file location and
 * puts the findings in report order.
 *
 * <p>Thread-safe.
 */
public final class ValidationEngine {

    private static final FindingWriter WRITER = new FindingWriter(new MessageBundles());

    private ValidationEngine() {
    }

    /**
     * Validates a plan.
     *
     * @param validator a validator from {@link PlanConstraints#factory()}
     * @param clock the clock that says what today is (meetings marked as held)
     * @param plan the plan
     * @param sourceMap where the plan's elements were written ({@link SourceMap#empty()} for a plan built in
     *        code)
     * @return the findings in report order
     */
    public static List<Finding> validate(Validator validator, Clock clock, CooperationPlan plan,
            SourceMap sourceMap) {
        List<Issue> issues = new ArrayList<>();
        constraints(validator, plan, issues);
        issues.addAll(PlanChecks.check(plan, LocalDate.now(clock)));
        issues.addAll(TextChecks.check(plan));
        if (issues.isEmpty()) {
            return new ArrayList<>();
        }

        Map<Finding, int[]> keys = new IdentityHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Issue issue : issues) {
            Optional<SourceLocation> location = sourceMap.locationOf(issue.path());
            Finding finding = WRITER.write(plan, issue, location);
            keys.put(finding, PlanOrder.key(plan, issue.path()));
            findings.add(finding);
        }
        findings.sort(order(keys));
        return findings;
    }

    /**
     * The Bean Validation constraints, in one call per element: the plan (with its district), each section,
     * each category, each forum, each local unit (with its municipality). The mapping cascades into no list
     * ({@link PlanConstraints}), so each call validates a small graph and reports a few violations at most:
     * Hibernate Validator's sets of processed beans and of violations do not grow with the plan. The paths
     * of the violations are then prefixed with the element's own path, which is only written for an element
     * with violations (most have none).
     */
    private static void constraints(Validator validator, CooperationPlan plan, List<Issue> issues) {
        validate(validator, plan, () -> "", issues);
        List<Section> sections = plan.sections();
        for (int s = 0; s < sections.size(); s++) {
            int section = s;
            validate(validator, sections.get(s), () -> "sections[" + section + "]", issues);
        }
        List<Category> categories = plan.categories();
        for (int c = 0; c < categories.size(); c++) {
            Category category = categories.get(c);
            if (category == null) {
                continue;
            }
            int ci = c;
            validate(validator, category, () -> PlanPaths.category(ci), issues);
            List<Forum> forums = category.forums();
            for (int f = 0; f < forums.size(); f++) {
                Forum forum = forums.get(f);
                int fi = f;
                validate(validator, forum, () -> PlanPaths.forum(ci, fi), issues);
                List<LocalUnit> units = forum.localUnits();
                for (int u = 0; u < units.size(); u++) {
                    int ui = u;
                    validate(validator, units.get(u), () -> PlanPaths.localUnit(ci, fi, ui), issues);
                }
            }
        }
    }

    /** One element's violations as issues, their paths prefixed with the element's (written only when there are any). */
    private static <T> void validate(Validator validator, T element, Supplier<String> path, List<Issue> issues) {
        Set<ConstraintViolation<T>> violations = validator.validate(element);
        if (violations.isEmpty()) {
            return;
        }
        String prefix = path.get();
        for (ConstraintViolation<T> violation : violations) {
            issues.add(issue(violation, prefix));
        }
    }

    /** A constraint violation as an issue: the rule from its template, the parameters from its payload. */
    private static Issue issue(ConstraintViolation<?> violation, String prefix) {
        Rule rule = Rule.fromTemplate(violation.getMessageTemplate()).orElseThrow(() -> new IllegalStateException(
                "constraint without a rule code: " + violation.getMessageTemplate()));
        HibernateConstraintViolation<?> hibernateViolation = violation.unwrap(HibernateConstraintViolation.class);
        Params params = hibernateViolation.getDynamicPayload(Params.class);
        Map<String, Object> values = new LinkedHashMap<>();
        if (isSimple(violation.getInvalidValue())) {
            values.put("value", violation.getInvalidValue());
        }
        if (params != null) {
            values.putAll(params.values());
        }
        String path = PlanPaths.of(violation.getPropertyPath());
        if (!prefix.isEmpty()) {
            path = path.isEmpty() ? prefix : prefix + "." + path;
        }
        return new Issue(rule, path, values);
    }

    private static boolean isSimple(Object value) {
        return value instanceof String || value instanceof Number;
    }

    /** By file location where known (located findings first), then place in the plan, code and message. */
    private static Comparator<Finding> order(Map<Finding, int[]> keys) {
        Comparator<Finding> byLocation = Comparator.comparing((Finding f) -> f.location().isEmpty())
                .thenComparing(f -> f.location().map(SourceLocation::source).orElse(""))
                .thenComparingInt(f -> f.location().map(SourceLocation::line).orElse(0))
                .thenComparingInt(f -> f.location().map(SourceLocation::column).orElse(0));
        return byLocation
                .thenComparing((a, b) -> Arrays.compare(keys.get(a), keys.get(b)))
                .thenComparing(Finding::code)
                .thenComparing(Finding::messageDa);
    }
}
