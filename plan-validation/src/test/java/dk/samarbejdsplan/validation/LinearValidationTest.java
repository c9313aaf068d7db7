package dk.samarbejdsplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.CooperationPlan;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: the time to validate grows linearly with the number of findings, also when they are all on one
 * list (40 000 blank representatives of one forum, a 0.5 MB plan file, kept Hibernate Validator's set of
 * violations busy for over a minute: quadratic). Measured in CPU time of the JVM: about 1 s for 40 000 findings
 * here.
 */
class LinearValidationTest {

    private static final PlanValidator VALIDATOR = Plans.validator();

    private static CooperationPlan blankRepresentatives(int count) {
        List<String> blanks = Collections.nCopies(count, " ");
        return Plans.withForum(0, 0, f -> f.representatives(blanks));
    }

    /**
     * The CPU time of this JVM where the system reports it (all its threads: validation, and the collector and
     * compiler it keeps busy), so that other work on a shared machine does not count; else the wall time.
     */
    private static long now() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElseGet(System::nanoTime);
    }

    /** Validates and returns the time in nanoseconds, the least of three runs (the first also warms up). */
    private static long time(int count) {
        CooperationPlan plan = blankRepresentatives(count);
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = now();
            ValidationReport report = VALIDATOR.validate(plan);
            best = Math.min(best, now() - start);
            assertEquals(count, report.findings().stream().filter(f -> f.code().equals("VAL-207")).count());
        }
        return best;
    }

    @Test
    void fortyThousandFindingsOnOneListTakeWellUnderTenSecondsAndTwiceTheFindingsAboutTwiceTheTime() {
        long half = time(20_000); // also the warm-up
        long full = time(40_000);
        String times = "20 000 findings: " + half / 1_000_000 + " ms, 40 000: " + full / 1_000_000 + " ms";
        assertTrue(full < 10_000_000_000L, times);
        // linear: about 2; quadratic: about 4, and tens of seconds (it was over a minute). Below a second a
        // garbage collection alone can double a run, so the ratio is only judged beyond one second of slack.
        assertTrue(full < 3.5 * half + 1_000_000_000L, times);
    }
}
