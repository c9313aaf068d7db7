package dk.samarbejdsplan.validation;

import dk.samarbejdsplan.model.Language;
import java.util.List;

/** Run by {@link ModulePathTest} in a JVM where plan-validation and its dependencies are named modules. */
public final class ModulePathMain {

    private ModulePathMain() {
    }

    /**
     * Validates a plan with one error and prints the module of the validator and the finding.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        ValidationReport report = Plans.validator().validate(
                Plans.withForum(0, 1, f -> f.name("${'a'.toUpperCase()}").representatives(List.of())));
        System.out.println("module=" + PlanValidator.class.getModule().getName());
        System.out.println("model=" + dk.samarbejdsplan.model.CooperationPlan.class.getModule().getName());
        System.out.print(report.format(Language.DA));
        System.out.print(report.format(Language.EN));
    }
}
