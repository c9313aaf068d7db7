package dk.samarbejdsplan.export.html.internal;

import dk.samarbejdsplan.export.AbstractPlanExporter;
import dk.samarbejdsplan.export.ExportException;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExporterParameter;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.export.html.HtmlOptions;
import dk.samarbejdsplan.model.CooperationPlan;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Writes a plan as an accessible HTML publication: the page a citizen reads on the district's web site or
 * prints at a library. Found through {@link java.util.ServiceLoader} (id {@code html}); callers reach it through
 * the exporter registry and configure it with {@link HtmlOptions}.
 *
 * <p>One self-contained UTF-8 file: Danish by default ({@code lang="da"}), English with
 * {@code ExportOptions.language(Language.EN)} (every text the exporter writes itself is translated; the plan's
 * own text stays as written). It has one {@code h1}, the numbered sections, a contents list, a skip link, and
 * the annex with a heading per category and the forums in data tables ({@code caption}, {@code th scope});
 * meeting dates are written out in words inside {@code <time>} elements. The CSS is embedded (responsive,
 * with a print stylesheet); there is no JavaScript and nothing is fetched. Every value from the plan is
 * HTML-escaped, so no plan text can add markup.
 *
 * <p>The page is rendered with Apache Velocity from templates inside this module, one per part of the page. A
 * caller may give a folder of templates ({@link HtmlOptions#templateDirectory()}) that replace built-in ones by
 * name; they run in a sandbox (no reflection, no class loading) in strict mode (a reference to something that
 * does not exist fails the export with a clear message).
 *
 * <p>Stateless and thread-safe. A failure of the options or the templates is an {@link ExportException} naming
 * this exporter, whose message starts with a stable code ({@code EXP-HTML-…}); as {@code export} declares only
 * {@link IOException}, it reaches the caller as the cause of an {@code IOException} with the same message, which
 * the exporter registry unwraps (the failure contract of {@link PlanExporter}).
 */
public final class HtmlExporter extends AbstractPlanExporter {

    /** The exporter's id, {@value}. */
    public static final String ID = "html";

    /**
     * Creates the exporter, named by the key {@code displayName} of its labels (cheap: the template engine is built
     * on first use and shared).
     */
    public HtmlExporter() {
        super(ID, "text/html", "html", HtmlExporter.class::getResourceAsStream, "labels");
    }

    @Override
    public List<ExporterParameter> parameters() {
        return List.of(
                ExporterParameter.freeText(HtmlOptions.TEMPLATES_PARAMETER,
                        "a folder of templates that replace built-in ones by name (forum-row.vm, style.vm, ...)"),
                new ExporterParameter(HtmlOptions.PLAN_LANGUAGE_PARAMETER,
                        "the language the plan's own text is written in", List.of("da", "en")));
    }

    /**
     * Writes the plan as one HTML page, streaming to {@code out}; never closes it.
     *
     * @param plan the plan
     * @param options the language, the related files to link to and {@link HtmlOptions}
     * @param out where to write
     * @throws IOException if writing fails, or (message starting {@code EXP-HTML-}, cause the
     *         {@link ExportException}) if the options or an override template are wrong
     */
    @Override
    public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        try {
            HtmlRenderer.render(plan, options, texts(options.language()), out);
        } catch (ExportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "HtmlExporter[id=html]";
    }
}
