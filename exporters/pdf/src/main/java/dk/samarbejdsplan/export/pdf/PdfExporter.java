package dk.samarbejdsplan.export.pdf;

import dk.samarbejdsplan.export.AbstractPlanExporter;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExporterParameter;
import dk.samarbejdsplan.export.pdf.internal.PdfRenderer;
import dk.samarbejdsplan.model.CooperationPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The publication as an accessible PDF (<i>samarbejdsplanen som PDF</i>): A4 pages with the district and year
 * as running header and page numbers, the plan's title, facts and sections, and annex 1 with one table per
 * category (Forum · Emne · Repræsentanter · Møder pr. år) whose header row repeats on every page, the optional
 * fields and the local units' meeting dates written out, and a table of the year's meetings by month.
 *
 * <p>The file is PDF/UA-1 (tagged: headings, tables with header cells, lists, links; document language;
 * the title shown as window title; bookmarks for the sections and categories) and PDF/A-3a, with DejaVu Sans
 * embedded. It is byte-identical for the same plan and options: its dates are the plan's date (see
 * {@link #DATE_PARAMETER}), its file id a hash of its content. Its streams are ASCII85-encoded, so the file is
 * 7-bit text apart from the four marker bytes of its second line (the UTF-8 of "ÆØ"): valid UTF-8, as the
 * exporter contract asks of every format.
 *
 * <p>Stateless and thread-safe.
 */
public final class PdfExporter extends AbstractPlanExporter {

    /**
     * The string parameter {@code pdf.date}: the creation and modification date written into the PDF, an ISO
     * date ({@code 2007-03-01}). The default is the date the district council discussed the plan, else
     * 1 January of the plan's year.
     */
    public static final String DATE_PARAMETER = "pdf.date";

    /** For {@link java.util.ServiceLoader}; named by the key {@code displayName} of its labels. */
    public PdfExporter() {
        super("pdf", "application/pdf", "pdf", PdfRenderer.class::getResourceAsStream, "labels");
    }

    @Override
    public List<ExporterParameter> parameters() {
        return List.of(new ExporterParameter(DATE_PARAMETER, "the creation date written into the PDF, yyyy-mm-dd "
                + "(default: the date the district council discussed the plan, else 1 January of its year)",
                List.of()));
    }

    /**
     * Writes the PDF as characters: its bytes are 7-bit ASCII apart from the UTF-8 of "ÆØ" in its second line,
     * so the characters are the bytes decoded as UTF-8, and encoding them as UTF-8 gives the PDF back.
     */
    @Override
    public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
        out.append(new String(PdfRenderer.render(plan, options, texts(options.language())), StandardCharsets.UTF_8));
    }

    @Override
    public void export(CooperationPlan plan, ExportOptions options, OutputStream out) throws IOException {
        out.write(PdfRenderer.render(plan, options, texts(options.language())));
        out.flush();
    }
}
