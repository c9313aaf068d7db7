package dk.samarbejdsplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.Language;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: every exception of the exporter API that a user can catch is constructible from outside, has a
 * Danish {@link Throwable#getMessage()} (the library's default language) and {@code message(Language)}.
 */
class ExceptionLanguagesTest {

    private static final ExporterProblem PROBLEM = new ExporterProblem(ExporterProblem.Kind.UNKNOWN_ID,
            "Ukendt eksportør 'pfd'.", "Unknown exporter 'pfd'.", Optional.of("pfd"), List.of(), null);

    @Test
    void unknownExporterExceptionIsDanishByDefaultAndEnglishOnRequest() {
        UnknownExporterException e = new UnknownExporterException(PROBLEM, "pfd", List.of("pdf"));
        assertEquals("EXP-002: Ukendt eksportør 'pfd'.", e.getMessage());
        assertEquals(e.getMessage(), e.message(Language.DA));
        assertEquals("EXP-002: Unknown exporter 'pfd'.", e.message(Language.EN));

        UnknownExporterException thrown = assertThrows(UnknownExporterException.class,
                () -> ExporterRegistry.of(new dk.samarbejdsplan.export.fakes.AlphaExporter()).require("alfa"));
        assertTrue(thrown.getMessage().startsWith("EXP-002: Ukendt eksportør 'alfa'. Mente du 'alpha'?"),
                thrown.getMessage());
        assertTrue(thrown.message(Language.EN).startsWith("EXP-002: Unknown exporter 'alfa'. Did you mean 'alpha'?"),
                thrown.message(Language.EN));
    }

    @Test
    void exportExceptionIsDanishByDefaultAndEnglishOnRequestInEveryForm() {
        ExportException problem = new ExportException("x", PROBLEM, null);
        assertEquals("EXP-002: Ukendt eksportør 'pfd'.", problem.getMessage());
        assertEquals("EXP-002: Unknown exporter 'pfd'.", problem.message(Language.EN));
        assertEquals(Optional.of("EXP-002"), problem.code());

        ExportException own = new ExportException("ical", "EXP-ICAL-001", "Ugyldig tidszone", "Invalid time zone",
                null);
        assertEquals("EXP-ICAL-001: Ugyldig tidszone", own.getMessage());
        assertEquals(own.getMessage(), own.message(Language.DA));
        assertEquals("EXP-ICAL-001: Invalid time zone", own.message(Language.EN));
        assertEquals(Optional.of("EXP-ICAL-001"), own.code());
        assertEquals(Optional.empty(), own.problem());

        ExportException plain = new ExportException("ical", "no code", null);
        assertEquals(Optional.empty(), plain.code());
        assertEquals("no code", plain.message(Language.EN));

        ExportException refused = assertThrows(ExportException.class, () -> ExporterRegistry.export(
                new dk.samarbejdsplan.export.fakes.AlphaExporter(), ExporterRegistryTest.PLAN,
                ExportOptions.builder().output("nope").build(), new StringBuilder()));
        assertTrue(refused.getMessage().startsWith("EXP-008: Eksportøren 'alpha' har ikke outputtet 'nope'"),
                refused.getMessage());
        assertTrue(refused.message(Language.EN).startsWith("EXP-008: The exporter 'alpha' has no output 'nope'"),
                refused.message(Language.EN));
        assertNotEquals(refused.message(Language.DA), refused.message(Language.EN));
    }
}
