package dk.samarbejdsplan.export.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.samarbejdsplan.export.ExporterParameter;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.export.html.HtmlOptions;
import dk.samarbejdsplan.model.Language;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The exporter's names in both languages, its parameters, and how it is found. */
class HtmlExporterMetadataTest {
    private final HtmlExporter exporter = new HtmlExporter();

    @Test
    void namesInDanishAndEnglish() {
        assertEquals("HTML (publikation)", exporter.displayName(Language.DA));
        assertEquals("HTML (publication)", exporter.displayName(Language.EN));
        assertEquals("HTML (publication)", exporter.displayName());
    }

    @Test
    void theParametersItReads() {
        assertEquals(List.of(HtmlOptions.TEMPLATES_PARAMETER, HtmlOptions.PLAN_LANGUAGE_PARAMETER),
                exporter.parameters().stream().map(ExporterParameter::key).toList());
        assertEquals(List.of(), exporter.parameters().get(0).allowedValues(), "a folder: free text");
        assertEquals(List.of("da", "en"), exporter.parameters().get(1).allowedValues());
        exporter.parameters().forEach(p -> assertFalse(p.description().isBlank(), p.key()));
    }

    @Test
    void foundByServiceLoaderFromItsInternalPackage() {
        PlanExporter found = ServiceLoader.load(PlanExporter.class).stream().map(ServiceLoader.Provider::get)
                .filter(e -> e.id().equals("html")).findFirst().orElseThrow();
        assertEquals(HtmlExporter.class, found.getClass());
        assertEquals("dk.samarbejdsplan.export.html.internal", HtmlExporter.class.getPackageName());
    }
}
