package dk.samarbejdsplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.validation.internal.PlanConstraints;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One ValidatorFactory for every validator, and validators are safe to share between threads. */
class ValidatorFactoryTest {

    @Test
    void theFactoryIsBuiltOnceAndShared() throws Exception {
        // validators created and used on many threads at once, with different clocks: still one factory
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ValidationReport>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                boolean fixedClock = i % 2 == 0;
                results.add(pool.submit(() -> (fixedClock ? Plans.validator() : PlanValidator.create())
                        .validate(Plans.valid())));
            }
            for (Future<ValidationReport> result : results) {
                assertEquals(List.of(), result.get().errors());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, PlanConstraints.factoriesBuilt(), "every validator uses the one factory");
    }

    @Test
    void oneValidatorGivesTheSameReportFromManyThreads() throws Exception {
        PlanValidator validator = Plans.validator();
        CooperationPlan plan = Plans.withForum(0, 1, f -> f.representatives(List.of()).frequency("3-2"));
        ValidationReport expected = validator.validate(plan);
        assertEquals(2, expected.findings().size());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ValidationReport>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> validator.validate(plan)));
            }
            for (Future<ValidationReport> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theClockDecidesTheCurrentYear() {
        CooperationPlan plan2009 = Plans.simple().toBuilder().year(2009).build();
        assertEquals(List.of("VAL-005"), Plans.validator().validate(plan2009).findings().stream()
                .map(Finding::code).toList());
        PlanValidator in2008 = PlanValidator.builder()
                .clock(java.time.Clock.fixed(java.time.Instant.parse("2008-06-01T00:00:00Z"), PlanValidator.DEFAULT_ZONE))
                .build();
        assertEquals(List.of(), in2008.validate(plan2009).findings());
    }
}
