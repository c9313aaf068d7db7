package modulecheck;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.validation.PlanValidator;
import dk.samarbejdsplan.validation.ValidationReport;
import java.util.List;

/**
 * Run by {@code ModulePathTest} in a JVM where plan-validation and its dependencies are named modules. In a
 * package of its own: a class-path class in a package of the named module would be hidden by it.
 */
public final class ModulePathMain {

    private ModulePathMain() {
    }

    /**
     * Validates a plan with one error and prints the module of the validator and the finding.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Forum forum = Forum.builder().id("kontaktudvalget").name("${'a'.toUpperCase()}")
                .topic("Forberedelse af kredsrådsmøder m.v.").representatives(List.of()).frequency("Min. 4").build();
        CooperationPlan plan = CooperationPlan.builder().district(PoliceDistrict.of("Midt- og Vestsjællands Politi"))
                .year(2007).category("kontakt-med-lokalsamfundet", "Kontakt med lokalsamfundet m.v.", List.of(forum))
                .build();
        ValidationReport report = PlanValidator.create().validate(plan);
        System.out.println("module=" + PlanValidator.class.getModule().getName());
        System.out.println("model=" + CooperationPlan.class.getModule().getName());
        System.out.print(report.format(Language.DA));
        System.out.print(report.format(Language.EN));
    }
}
