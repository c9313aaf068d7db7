package dk.samarbejdsplan.export.pdf.internal;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExporterTexts;
import dk.samarbejdsplan.export.ExportOutput;
import dk.samarbejdsplan.export.pdf.PdfExporter;
import dk.samarbejdsplan.export.pdf.internal.view.PlanView;
import dk.samarbejdsplan.model.CooperationPlan;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.util.introspection.SecureUberspector;

/**
 * Renders one plan as PDF: builds the view ({@link Views}), merges {@code page.vm} into XHTML (every inserted
 * value escaped by {@link XmlEscaper}) and lays it out as a PDF ({@link PdfWriter}).
 *
 * <p>The Velocity engine and the parsed page template are made once, on first use, and shared: they are
 * thread-safe. Everything else belongs to one render.
 */
public final class PdfRenderer {

    /** The engine and page template, made on first use. */
    private static final class BuiltIn {
        static final RuntimeInstance ENGINE = engine();
        static final Template PAGE = ENGINE.getTemplate("page.vm");
    }

    private PdfRenderer() {
    }

    /**
     * Renders a plan.
     *
     * @param plan the plan
     * @param options the options (language, output, {@code pdf.date})
     * @param texts the exporter's fixed texts in the options' language ({@code $t} in the templates)
     * @return the PDF's bytes
     * @throws IOException if the output is not {@code main} ({@code EXP-PDF-002}) or the layout fails
     *         ({@code EXP-PDF-003})
     * @throws IllegalArgumentException if {@code pdf.date} is not an ISO date ({@code EXP-PDF-001})
     */
    public static byte[] render(CooperationPlan plan, ExportOptions options, ExporterTexts texts)
            throws IOException {
        if (!ExportOutput.MAIN.id().equals(options.output())) {
            throw new IOException("EXP-PDF-002: the PDF exporter has one output, 'main'; '" + options.output()
                    + "' was asked for");
        }
        LocalDate date = date(plan, options);
        PlanView view = Views.of(plan, texts);
        return PdfWriter.write(xhtml(view, texts), date);
    }

    /**
     * The XHTML the PDF is laid out from (also for tests).
     *
     * @param view the plan's view
     * @param texts the fixed texts
     * @return the XHTML document
     */
    static String xhtml(PlanView view, ExporterTexts texts) {
        VelocityContext context = new VelocityContext();
        context.put("plan", view);
        context.put("t", texts.asMap());
        StringWriter out = new StringWriter(16 * 1024);
        BuiltIn.PAGE.merge(context, out);
        return out.toString();
    }

    /** The date written into the PDF: {@code pdf.date}, else the council's discussion, else 1 January. */
    static LocalDate date(CooperationPlan plan, ExportOptions options) {
        Optional<String> given = options.parameter(PdfExporter.DATE_PARAMETER);
        if (given.isPresent()) {
            try {
                return LocalDate.parse(given.get().strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("EXP-PDF-001: parameter " + PdfExporter.DATE_PARAMETER + " = '"
                        + given.get() + "' is not a date; write it as yyyy-mm-dd, for example 2007-03-01", e);
            }
        }
        return plan.discussedInDistrictCouncil().orElse(LocalDate.of(plan.year(), 1, 1));
    }

    /**
     * The engine of the built-in templates, escaping every inserted value with {@link XmlEscaper}: the handler is
     * attached to the engine once, as in the HTML exporter, not to each render's context.
     */
    private static RuntimeInstance engine() {
        RuntimeInstance engine = new RuntimeInstance();
        String prefix = RuntimeConstants.RESOURCE_LOADER + ".";
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "builtin");
        engine.setProperty(prefix + "builtin." + RuntimeConstants.RESOURCE_LOADER_INSTANCE, new TemplateLoader());
        engine.setProperty(prefix + "builtin." + RuntimeConstants.RESOURCE_LOADER_CACHE, "true");
        engine.setProperty(prefix + "builtin." + RuntimeConstants.RESOURCE_LOADER_CHECK_INTERVAL, "0");
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
        engine.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        engine.setProperty(RuntimeConstants.PARSER_POOL_SIZE, "1");
        engine.setProperty("runtime.log.log_invalid_references", "false");
        engine.init();
        engine.getApplicationEventCartridge().addReferenceInsertionEventHandler(XmlEscaper.INSTANCE);
        return engine;
    }
}
