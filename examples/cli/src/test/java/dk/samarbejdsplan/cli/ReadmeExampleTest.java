package dk.samarbejdsplan.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExporterRegistry;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.PlanReader;
import dk.samarbejdsplan.validation.PlanValidator;
import dk.samarbejdsplan.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's "Using the library from Java" example, kept compiling and working. */
class ReadmeExampleTest {

    @Test
    void readValidateExport() throws Exception {
        Path file = Path.of("../plans/samarbejdsplan-2007.yaml");
        OutputStream out = new ByteArrayOutputStream();

        // --- the README example, verbatim ---
        PlanDocument document = PlanReader.create().read(file);              // throws PlanReadException
        ValidationReport report = PlanValidator.create().validate(document);
        if (report.hasErrors()) {
            throw new IllegalStateException(report.format(Language.EN));
        }
        ExporterRegistry exporters = ExporterRegistry.load();                // html, csv, jsonld, text, ...
        ExportOptions options = ExportOptions.builder().language(Language.DA).build();
        ExporterRegistry.export(exporters.require("html"), document.plan(), options, out);
        // --- end of the example ---

        String html = ((ByteArrayOutputStream) out).toString(StandardCharsets.UTF_8);
        assertTrue(html.contains("Kredsrådet for Midt- og Vestsjællands Politi"));
        assertFalse(report.warnings().isEmpty(), "the 2007 plan has warnings");
    }
}
