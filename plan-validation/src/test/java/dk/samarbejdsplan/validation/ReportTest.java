package dk.samarbejdsplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.SourceLocation;
import dk.samarbejdsplan.model.io.SourceMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Report order, errors and warnings, the one-line format, and file locations from a source map. */
class ReportTest {

    /** A plan with findings in four forums, in two categories, and on the plan itself. */
    static CooperationPlan plan() {
        CooperationPlan plan = Plans.withForum(1, 1, f -> f.name(" ").interfaces(List.of("kontaktudvalget", "x")));
        return plan.toBuilder().edition(0).categories(List.of(
                plan.categories().get(0).withForums(List.of(
                        Plans.kredsraadet().toBuilder().frequency("3-2").representatives(List.of()).build(),
                        Plans.kontaktudvalget(), Plans.lokalraadene())),
                plan.categories().get(1))).build();
    }

    @Test
    void findingsAreInPlanOrderThenByCode() {
        ValidationReport report = Plans.validator().validate(plan());
        assertEquals(List.of(
                "edition VAL-006",
                "categories[0].forums[0].representatives VAL-206",
                "categories[0].forums[0].frequency VAL-302",
                "categories[1].forums[1].name VAL-204",
                "categories[1].forums[1].interfaces[1] VAL-209"),
                report.findings().stream().map(f -> f.path() + " " + f.code()).toList());
        assertEquals(5, report.errors().size());
        assertEquals(List.of(), report.warnings());
        assertTrue(report.hasErrors());
    }

    @Test
    void warningsAloneDoNotBlockPublishing() {
        ValidationReport report = Plans.validator().validate(Plans.withUnits(
                Plans.unit("253", "Greve", "2007-10-26", "2007-11-14"), Plans.unit("326", "Kalundborg", "2007-11-29")));
        assertFalse(report.hasErrors());
        assertEquals(List.of(), report.errors());
        assertEquals(1, report.warnings().size());
        assertEquals(report.findings(), report.warnings());
    }

    @Test
    void eachFindingIsOneLineWithSeverityCodeLocationPathAndMessage() {
        CooperationPlan plan = Plans.withForum(0, 1, f -> f.representatives(List.of()));
        Map<String, SourceLocation> locations = new LinkedHashMap<>();
        locations.put("", new SourceLocation("plan.yaml", 1, 1));
        locations.put("categories[0].forums[1]", new SourceLocation("plan.yaml", 31, 9));
        PlanDocument document = new PlanDocument(plan, "plan.yaml", SourceMap.of(locations));
        ValidationReport report = Plans.validator().validate(document);
        assertEquals("FEJL VAL-206 plan.yaml:31 categories[0].forums[1].representatives: Forum \"Kontaktudvalget\""
                + " (kategori 1 \"Kontakt med lokalsamfundet m.v.\"): repræsentanter mangler — angiv mindst én.\n",
                report.format(Language.DA));
        assertEquals("ERROR VAL-206 plan.yaml:31 categories[0].forums[1].representatives: Forum \"Kontaktudvalget\""
                + " (category 1 \"Kontakt med lokalsamfundet m.v.\"): representatives are missing — give at least one.\n",
                report.format(Language.EN));
        assertEquals(report.format(Language.DA), report.toString());

        ValidationReport warning = Plans.validator().validate(Plans.valid().toBuilder().discussedInDistrictCouncil(null).build());
        assertTrue(warning.format(Language.DA).startsWith("ADVARSEL VAL-009 status: Samarbejdsplanen: "), warning.format(Language.DA));
        assertTrue(warning.format(Language.EN).startsWith("WARNING VAL-009 status: The cooperation plan: "), warning.format(Language.EN));
        assertEquals("", Plans.validator().validate(Plans.valid()).format(Language.EN));
    }

    @Test
    void findingsOnAPlanDocumentCarryTheLineOfTheirElementOrItsNearestEnclosingElement() {
        CooperationPlan plan = plan();
        Map<String, SourceLocation> locations = new LinkedHashMap<>();
        locations.put("", new SourceLocation("samarbejdsplan.yaml", 1, 1));
        locations.put("edition", new SourceLocation("samarbejdsplan.yaml", 4, 10));
        locations.put("categories[0].forums[0]", new SourceLocation("samarbejdsplan.yaml", 20, 7));
        locations.put("categories[0].forums[0].frequency", new SourceLocation("samarbejdsplan.yaml", 24, 20));
        locations.put("categories[1].forums[1]", new SourceLocation("samarbejdsplan.yaml", 60, 7));
        locations.put("categories[1].forums[1].interfaces[1]", new SourceLocation("samarbejdsplan.yaml", 66, 11));
        ValidationReport report = Plans.validator().validate(new PlanDocument(plan, "samarbejdsplan.yaml", SourceMap.of(locations)));
        assertEquals(List.of(
                "edition 4", // its own line
                "categories[0].forums[0].representatives 20", // not written: the forum's line
                "categories[0].forums[0].frequency 24",
                "categories[1].forums[1].name 60",
                "categories[1].forums[1].interfaces[1] 66"),
                report.findings().stream().map(f -> f.path() + " " + f.location().orElseThrow().line()).toList());
        assertEquals(Optional.of(new SourceLocation("samarbejdsplan.yaml", 66, 11)), report.findings().get(4).location());
        assertTrue(report.format(Language.EN).contains("ERROR VAL-209 samarbejdsplan.yaml:66 categories[1].forums[1].interfaces[1]: "));
    }

    @Test
    void findingsWithLocationsAreInLineOrder() {
        // a file may write a forum's keys in another order than the model: the line decides
        CooperationPlan plan = Plans.withForum(0, 0, f -> f.topic("").frequency("3-2"));
        Map<String, SourceLocation> locations = new LinkedHashMap<>();
        locations.put("categories[0].forums[0].frequency", new SourceLocation("p.yaml", 10, 5));
        locations.put("categories[0].forums[0].topic", new SourceLocation("p.yaml", 12, 5));
        ValidationReport report = Plans.validator().validate(new PlanDocument(plan, "p.yaml", SourceMap.of(locations)));
        assertEquals(List.of("VAL-302", "VAL-205"), report.findings().stream().map(Finding::code).toList());
        ValidationReport inCode = Plans.validator().validate(plan);
        assertEquals(List.of("VAL-205", "VAL-302"), inCode.findings().stream().map(Finding::code).toList());
    }

    @Test
    void aLocationWithoutAFileNameGivesTheLine() {
        Finding finding = new Finding(Severity.ERROR, "VAL-204", "categories[0].forums[0].name",
                Optional.of(new SourceLocation("", 7, 3)), "dansk", "english");
        assertEquals("FEJL VAL-204 linje 7 categories[0].forums[0].name: dansk", finding.format(Language.DA));
        assertEquals("ERROR VAL-204 line 7 categories[0].forums[0].name: english", finding.format(Language.EN));
        assertEquals("dansk", finding.message(Language.DA));
        assertEquals(Optional.empty(), new Finding(Severity.WARNING, "VAL-012", "", null, "d", "e").location());
    }
}
