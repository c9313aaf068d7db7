package dk.samarbejdsplan.export.pdf;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Renders plans with the exporter and reads PDFs back with PDFBox, for the tests. */
final class Pdfs {
    private static final PdfExporter EXPORTER = new PdfExporter();
    /** The PDFs of plans the read-only tests share (a PDF takes about a second to lay out). */
    private static final Map<List<Object>, byte[]> CACHE = new ConcurrentHashMap<>();

    private Pdfs() {
    }

    /** A PDF rendered once per test JVM, for tests that only read it (never for determinism checks). */
    static byte[] cached(CooperationPlan plan, Language language) {
        return CACHE.computeIfAbsent(List.of(plan, language), k -> render(plan, language)).clone();
    }

    static byte[] render(CooperationPlan plan, Language language) {
        return render(plan, ExportOptions.builder().language(language).build());
    }

    static byte[] render(CooperationPlan plan, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            EXPORTER.export(plan, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The text of every page, in content order, as PDFBox extracts it. */
    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("PDFBox cannot read the PDF: " + e, e);
        }
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
