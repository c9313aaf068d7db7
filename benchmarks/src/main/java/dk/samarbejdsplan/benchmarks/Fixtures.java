package dk.samarbejdsplan.benchmarks;

import dk.samarbejdsplan.model.testkit.SamplePlans;
import dk.samarbejdsplan.model.testkit.SyntheticPlans;
import dk.samarbejdsplan.model.CooperationPlan;

/** The plans the benchmarks run on, by the value of the JMH parameter {@code size}. */
public final class Fixtures {
    /** The seed of every synthetic plan: the same plans in every run, on every machine. */
    public static final long SEED = 20_071_213L;

    /** The value of {@code size} that means the real 2007 plan of Midt- og Vestsjællands Politi. */
    public static final String PLAN_2007 = "2007";

    private Fixtures() {
    }

    /**
     * The plan for a size parameter.
     *
     * @param size {@value #PLAN_2007} for the 2007 plan, otherwise the number of forums of a synthetic plan
     * @return the plan
     */
    public static CooperationPlan plan(String size) {
        if (PLAN_2007.equals(size)) {
            return SamplePlans.plan2007();
        }
        return SyntheticPlans.ofSize(Integer.parseInt(size), SEED);
    }

    /**
     * The number of forums of the plan for a size parameter.
     *
     * @param size as for {@link #plan(String)}
     * @return the number of forums
     */
    public static long forums(String size) {
        if (PLAN_2007.equals(size)) {
            return SamplePlans.plan2007().forums().count();
        }
        return Long.parseLong(size);
    }
}
