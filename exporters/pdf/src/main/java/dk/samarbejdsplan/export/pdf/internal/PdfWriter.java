package dk.samarbejdsplan.export.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.xmpbox.DateConverter;

/**
 * Lays XHTML out as a PDF/UA-1 and PDF/A-3a file with openhtmltopdf, then makes the file deterministic and
 * complete with PDFBox:
 * <ul>
 * <li>the creation and modification dates (document information and XMP) are the given date, midnight UTC,
 *     not the clock;</li>
 * <li>the file id ({@code /ID} in the trailer) is a SHA-256 hash of the XHTML and the date, not random;</li>
 * <li>every link annotation gets {@code /Contents}, the text it covers (PDF/UA-1 7.18.5);</li>
 * <li>every stream whose bytes are not 7-bit is ASCII85-encoded on top of its compression, the file is saved
 *     with a classic cross-reference table, and the four marker bytes of its second line are the UTF-8 of
 *     "ÆØ": the file is valid UTF-8 (as the exporter contract asks of every format) and still has the binary
 *     marker PDF/A asks for.</li>
 * </ul>
 * DejaVu Sans (regular and bold, shipped in this module with its licence) is the only font, embedded as a
 * subset. Nothing is fetched: every external resource is refused. Thread-safe (no state).
 */
final class PdfWriter {
    /** The font family name the style sheet uses. */
    static final String FONT_FAMILY = "DejaVu Sans";
    /** The embedded font's two faces (see {@link Glyphs} for what they can draw). */
    static final byte[] REGULAR = resource("fonts/DejaVuSans.ttf");
    static final byte[] BOLD = resource("fonts/DejaVuSans-Bold.ttf");
    /** The JDK's sRGB profile, the output intent PDF/A asks for. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** The marker bytes PDFBox writes after {@code %} on the second line, and what they become. */
    private static final byte[] PDFBOX_MARKER = {(byte) 0xf6, (byte) 0xe4, (byte) 0xfc, (byte) 0xdf};
    private static final byte[] UTF8_MARKER = "ÆØ".getBytes(StandardCharsets.UTF_8);
    private static final Pattern XMP_CREATE_DATE = Pattern.compile("<xmp:CreateDate>[^<]*</xmp:CreateDate>");

    static {
        // openhtmltopdf logs through java.util.logging by default: keep a command line's output clean (its
        // diagnostics still reach a consumer set with withDiagnosticConsumer)
        XRLog.setLoggerImpl(new XRLogger() {
            @Override
            public void log(String where, Level level, String msg) {
            }

            @Override
            public void log(String where, Level level, String msg, Throwable th) {
            }

            @Override
            public void setLevel(String logger, Level level) {
            }

            @Override
            public boolean isLogLevelEnabled(com.openhtmltopdf.util.Diagnostic diagnostic) {
                return false;
            }
        });
    }

    private PdfWriter() {
    }

    /**
     * Lays out the document and writes the PDF.
     *
     * @param xhtml the XHTML document (with {@code <title>}, {@code lang} and the style sheet)
     * @param date the creation and modification date
     * @return the PDF's bytes
     * @throws IOException if the layout fails ({@code EXP-PDF-003})
     */
    static byte[] write(String xhtml, LocalDate date) throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(doc)
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfAConformance.PDFA_3_A)
                    .useColorProfile(SRGB)
                    .withProducer("samarbejdsplan exporter-pdf")
                    .useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withHtmlContent(xhtml, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            } catch (RuntimeException e) {
                throw new IOException("EXP-PDF-003: the PDF layout failed: " + e, e);
            }
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            when.clear();
            when.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
            setDates(doc, when);
            describeLinks(doc);
            RepeatedHeaders.artifact(doc);
            doc.getDocument().setDocumentID(id(xhtml, date));
            ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
            doc.save(out, CompressParameters.NO_COMPRESSION);
            pdf = out.toByteArray();
        }
        // the font subsets are embedded while saving: the streams are armoured in a second pass
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            armour(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + pdf.length / 4);
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return withUtf8Marker(out.toByteArray());
        }
    }

    private static void setDates(PDDocument doc, Calendar when) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        String xmp;
        try (InputStream in = metadata.exportXMPMetadata()) {
            // the XMP serializer writes the JVM's line separator: one line end, whatever the platform
            xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
        String iso = DateConverter.toISO8601(when);
        Matcher m = XMP_CREATE_DATE.matcher(xmp);
        if (!m.find()) {
            throw new IOException("EXP-PDF-003: the XMP metadata has no xmp:CreateDate to fix");
        }
        xmp = m.replaceFirst(Matcher.quoteReplacement("<xmp:CreateDate>" + iso + "</xmp:CreateDate><xmp:ModifyDate>"
                + iso + "</xmp:ModifyDate>"));
        metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
    }

    /** Gives every link annotation the text it covers as {@code /Contents}. */
    private static void describeLinks(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            List<PDAnnotationLink> links = new ArrayList<>();
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getContents() == null) {
                    links.add(link);
                }
            }
            if (links.isEmpty()) {
                continue;
            }
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            float height = page.getMediaBox().getHeight();
            for (int i = 0; i < links.size(); i++) {
                PDRectangle r = links.get(i).getRectangle();
                stripper.addRegion("link" + i, new Rectangle2D.Float(r.getLowerLeftX() - 1,
                        height - r.getUpperRightY() - 1, r.getWidth() + 2, r.getHeight() + 2));
            }
            stripper.extractRegions(page);
            for (int i = 0; i < links.size(); i++) {
                String text = stripper.getTextForRegion("link" + i).replaceAll("\\s+", " ").strip();
                links.get(i).setContents(text.isEmpty() ? "Link" : text);
            }
        }
    }

    /** The file id: the first 16 bytes of SHA-256 over the XHTML and the date, twice (original and current). */
    private static COSArray id(String xhtml, LocalDate date) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(xhtml.getBytes(StandardCharsets.UTF_8));
            sha.update(date.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] id = Arrays.copyOf(sha.digest(), 16);
            COSArray array = new COSArray();
            array.add(new COSString(id));
            array.add(new COSString(id));
            return array;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** ASCII85-encodes (over Flate) every stream reachable from the trailer whose bytes are not all 7-bit. */
    private static void armour(PDDocument doc) throws IOException {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<COSStream> streams = new ArrayList<>();
        List<COSBase> todo = new ArrayList<>();
        todo.add(doc.getDocument().getTrailer());
        while (!todo.isEmpty()) {
            COSBase base = todo.remove(todo.size() - 1);
            if (base instanceof COSObject o) {
                base = o.getObject();
            }
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSDictionary d) {
                if (d instanceof COSStream s) {
                    streams.add(s);
                }
                todo.addAll(d.getValues());
            } else if (base instanceof COSArray a) {
                for (int i = 0; i < a.size(); i++) {
                    todo.add(a.get(i));
                }
            }
        }
        COSArray filters = new COSArray();
        filters.add(COSName.ASCII85_DECODE);
        filters.add(COSName.FLATE_DECODE);
        for (COSStream s : streams) {
            if (COSName.METADATA.equals(s.getCOSName(COSName.TYPE))) {
                continue; // XMP is UTF-8 text and must stay unfiltered (PDF/A)
            }
            byte[] raw;
            try (InputStream in = s.createRawInputStream()) {
                raw = in.readAllBytes();
            }
            if (sevenBit(raw)) {
                continue;
            }
            byte[] decoded;
            try (InputStream in = s.createInputStream()) {
                decoded = in.readAllBytes();
            }
            s.removeItem(COSName.DECODE_PARMS);
            try (OutputStream out = s.createOutputStream(filters)) {
                out.write(decoded);
            }
        }
    }

    private static boolean sevenBit(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Replaces PDFBox's binary marker on the second line by the same number of bytes of valid UTF-8. */
    private static byte[] withUtf8Marker(byte[] pdf) throws IOException {
        int eol = 0;
        while (eol < pdf.length && pdf[eol] != '\n') {
            eol++;
        }
        int at = eol + 2; // after the line feed and '%'
        if (at + PDFBOX_MARKER.length > pdf.length || pdf[eol + 1] != '%'
                || !Arrays.equals(pdf, at, at + PDFBOX_MARKER.length, PDFBOX_MARKER, 0, PDFBOX_MARKER.length)) {
            throw new IOException("EXP-PDF-003: unexpected PDF header from PDFBox");
        }
        System.arraycopy(UTF8_MARKER, 0, pdf, at, UTF8_MARKER.length);
        return pdf;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
