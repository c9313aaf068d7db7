package dk.samarbejdsplan.export.pdf;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

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

    /**
     * The text in reading order, as assistive technology reads a tagged PDF: the marked content of the
     * structure tree, element by element in tree order (a table cell that a page break splits is read whole, not
     * interleaved with the other cells and the running header as {@link #text} gives it), without artifacts
     * (running header, page numbers, which are outside the tree). A line break is read as a space; each
     * block-level element ends with a line break.
     */
    static String readingOrder(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
            if (root == null) {
                throw new AssertionError("the PDF has no structure tree (it is not tagged)");
            }
            Map<PDPage, Map<Integer, String>> marked = new HashMap<>();
            for (PDPage page : doc.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, String> byId = new HashMap<>();
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    collect(content, byId);
                }
                marked.put(page, byId);
            }
            StringBuilder sb = new StringBuilder();
            for (Object kid : root.getKids()) {
                read(kid, null, marked, sb);
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("PDFBox cannot read the PDF: " + e, e);
        }
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> byId) {
        if (content.getMCID() >= 0) {
            byId.merge(content.getMCID(), text(content), String::concat);
        }
        for (Object o : content.getContents()) {
            if (o instanceof PDMarkedContent nested) {
                collect(nested, byId);
            }
        }
    }

    /** The text of a marked content sequence (nested ones included), a space where a line ends. */
    private static String text(PDMarkedContent content) {
        StringBuilder sb = new StringBuilder();
        float lastY = Float.NaN;
        for (Object o : content.getContents()) {
            if (o instanceof TextPosition t) {
                if (!Float.isNaN(lastY) && Math.abs(t.getYDirAdj() - lastY) > t.getHeightDir() / 2) {
                    sb.append(' ');
                }
                lastY = t.getYDirAdj();
                sb.append(ligaturesSplit(t.getUnicode()));
            } else if (o instanceof PDMarkedContent nested) {
                sb.append(text(nested));
                lastY = Float.NaN;
            }
        }
        return sb.toString();
    }

    /** A ligature glyph ("ﬀ", "ﬁ") as its letters, as {@link PDFTextStripper} gives it. */
    private static String ligaturesSplit(String s) {
        return s.chars().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06) ? Normalizer.normalize(s, Normalizer.Form.NFKC) : s;
    }

    private static void read(Object node, PDPage inherited, Map<PDPage, Map<Integer, String>> marked,
            StringBuilder sb) {
        if (node instanceof PDStructureElement element) {
            PDPage page = element.getPage() != null ? element.getPage() : inherited;
            for (Object kid : element.getKids()) {
                read(kid, page, marked, sb);
            }
            if (BLOCKS.contains(element.getStandardStructureType())) {
                sb.append('\n');
            }
        } else if (node instanceof Integer mcid) {
            sb.append(marked.getOrDefault(inherited, Map.of()).getOrDefault(mcid, ""));
        } else if (node instanceof PDMarkedContentReference ref) {
            PDPage page = ref.getPage() != null ? ref.getPage() : inherited;
            sb.append(marked.getOrDefault(page, Map.of()).getOrDefault(ref.getMCID(), ""));
        }
    }

    /** The standard structure types read as blocks of their own (ISO 32000-1, 14.8.4). */
    private static final Set<String> BLOCKS = Set.of("Document", "Part", "Art", "Sect", "Div", "P", "H", "H1",
            "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody",
            "TFoot", "Caption", "TOC", "TOCI", "Figure", "Note", "BlockQuote");

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
