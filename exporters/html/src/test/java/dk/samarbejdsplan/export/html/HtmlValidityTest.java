package dk.samarbejdsplan.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.testkit.PlanArbitraries;
import dk.samarbejdsplan.model.testkit.SamplePlans;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Nu Html Checker (the W3C's validator, run in-process) finds no error and no warning in the publication.
 */
class HtmlValidityTest {

    private static void assertValid(String what, String html, boolean warningsToo) throws Exception {
        List<NuChecker.Message> messages = NuChecker.check(html);
        List<NuChecker.Message> reported = warningsToo ? messages
                : messages.stream().filter(m -> !m.type().equals("warning")).toList();
        assertTrue(reported.isEmpty(), () -> what + ": the Nu Html Checker reports\n  "
                + String.join("\n  ", reported.stream().map(m -> m + "  »" + line(html, m.line()) + "«").toList()));
    }

    private static String line(String html, int number) {
        String[] lines = html.split("\n", -1);
        String l = number >= 1 && number <= lines.length ? lines[number - 1] : "";
        return l.length() > 200 ? l.substring(0, 200) + "…" : l;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void the2007PlanIsValidWithoutWarnings(Language language) throws Exception {
        assertValid("2007 " + language, Render.withDownloads(TestPlans.plan2007(), language), true);
        assertValid("2007 without downloads " + language, Render.html(TestPlans.plan2007(), language), true);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aPlanUsingEveryFieldIsValidWithoutWarnings(Language language) throws Exception {
        assertValid("every field " + language, Render.withDownloads(TestPlans.everyField(), language), true);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theUnicodeProbeIsValid(Language language) throws Exception {
        assertValid("unicode probe " + language, Render.html(SamplePlans.unicodeProbe(), language), false);
    }

    @Property(tries = 40)
    void generatedPlansAreValid(@ForAll("plans") CooperationPlan plan, @ForAll Language language) throws Exception {
        assertValid("generated plan", Render.html(plan, ExportOptions.builder().language(language)
                .relatedFiles(Render.RELATED).build()), false);
    }

    @Provide
    Arbitrary<CooperationPlan> plans() {
        return PlanArbitraries.plans(3, 3);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theCheckerItselfFindsErrors(Language language) throws Exception {
        // the checker is not a no-op: break the page and it complains
        String html = Render.html(TestPlans.plan2007(), language);
        String broken = html.replaceFirst("<caption", "<caption><div><table>").replace("<html lang", "<html data-x");
        List<NuChecker.Message> messages = NuChecker.check(broken);
        assertFalse(messages.stream().filter(m -> m.type().equals("error")).toList().isEmpty(), messages::toString);
        assertEquals(1, messages.stream().filter(m -> m.text().contains("lang")).count(), messages::toString);
    }
}
