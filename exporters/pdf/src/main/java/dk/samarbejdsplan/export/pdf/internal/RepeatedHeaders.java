package dk.samarbejdsplan.export.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Marks the repeated copies of a table's header row as pagination artifacts. openhtmltopdf (1.1.31) draws a
 * {@code <thead>} again on every page a table runs over, and tags each copy as more content of the same header
 * cell, so a screen reader reads "Forum Forum Forum" where the cell says "Forum" (an upstream bug:
 * openhtmltopdf/openhtmltopdf pull request 227). Here every header cell keeps the content drawn on its first page;
 * the copies on later pages leave the structure tree and become {@code /Artifact <</Type /Pagination>>} in their
 * page's content, as PDF/UA asks of repeated page furniture.
 */
final class RepeatedHeaders {
    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");
    private static final COSName PAGINATION = COSName.getPDFName("Pagination");
    private static final COSName MCR = COSName.getPDFName("MCR");

    private RepeatedHeaders() {
    }

    /**
     * Moves the later copies of every header row out of the structure tree.
     *
     * @param doc the laid-out document, before it is saved
     * @throws IOException if a page's content cannot be read or written
     */
    static void artifact(PDDocument doc) throws IOException {
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        Map<COSDictionary, Integer> order = new HashMap<>();
        for (PDPage page : doc.getPages()) {
            order.put(page.getCOSObject(), order.size());
        }
        Map<COSDictionary, Set<Integer>> copies = new HashMap<>();
        for (Object kid : root.getKids()) {
            walk(order, kid, false, copies);
        }
        for (PDPage page : doc.getPages()) {
            Set<Integer> mcids = copies.get(page.getCOSObject());
            if (mcids != null) {
                rewrite(doc, page, mcids);
            }
        }
    }

    private static void walk(Map<COSDictionary, Integer> order, Object node, boolean inHead,
            Map<COSDictionary, Set<Integer>> copies) {
        if (!(node instanceof PDStructureElement element)) {
            return;
        }
        boolean head = inHead || "THead".equals(element.getStructureType());
        if (head) {
            keepFirstPage(order, element, copies);
        }
        for (Object kid : element.getKids()) {
            walk(order, kid, head, copies);
        }
    }

    /** Removes the element's marked-content kids on pages after the first page it has content on. */
    private static void keepFirstPage(Map<COSDictionary, Integer> order, PDStructureElement element,
            Map<COSDictionary, Set<Integer>> copies) {
        COSBase k = element.getCOSObject().getDictionaryObject(COSName.K);
        if (!(k instanceof COSArray kids)) {
            return;
        }
        COSDictionary ownPage = element.getCOSObject().getCOSDictionary(COSName.PG);
        List<COSBase> entries = new ArrayList<>();
        List<COSDictionary> pages = new ArrayList<>();
        int first = Integer.MAX_VALUE;
        for (int i = 0; i < kids.size(); i++) {
            COSBase entry = kids.getObject(i);
            COSDictionary page = pageOf(entry, ownPage);
            entries.add(entry);
            pages.add(page);
            if (page != null && mcid(entry) >= 0) {
                first = Math.min(first, order.getOrDefault(page, Integer.MAX_VALUE));
            }
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            COSDictionary page = pages.get(i);
            int mcid = mcid(entries.get(i));
            if (page != null && mcid >= 0 && order.getOrDefault(page, -1) > first) {
                kids.remove(i);
                copies.computeIfAbsent(page, p -> new HashSet<>()).add(mcid);
            }
        }
    }

    /** The page of a kid: its own {@code /Pg} (a marked-content reference), else the element's. */
    private static COSDictionary pageOf(COSBase entry, COSDictionary ownPage) {
        if (entry instanceof COSDictionary dict && MCR.equals(dict.getCOSName(COSName.TYPE))) {
            COSDictionary page = dict.getCOSDictionary(COSName.PG);
            return page != null ? page : ownPage;
        }
        return entry instanceof COSInteger ? ownPage : null;
    }

    /** The MCID a kid refers to, or -1 for a kid that is no marked content (a structure element). */
    private static int mcid(COSBase entry) {
        if (entry instanceof COSInteger number) {
            return number.intValue();
        }
        if (entry instanceof COSDictionary dict && MCR.equals(dict.getCOSName(COSName.TYPE))) {
            return dict.getInt(COSName.MCID, -1);
        }
        return -1;
    }

    /** Turns the page's marked content with those MCIDs into pagination artifacts. */
    private static void rewrite(PDDocument doc, PDPage page, Set<Integer> mcids) throws IOException {
        List<Object> tokens = new PDFStreamParser(page).parse();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && OperatorName.BEGIN_MARKED_CONTENT_SEQ.equals(op.getName())
                    && i >= 2 && tokens.get(i - 1) instanceof COSDictionary properties
                    && properties.getDictionaryObject(COSName.MCID) instanceof COSNumber number
                    && mcids.contains(number.intValue())) {
                COSDictionary artifact = new COSDictionary();
                artifact.setItem(COSName.TYPE, PAGINATION);
                tokens.set(i - 2, ARTIFACT);
                tokens.set(i - 1, artifact);
            }
        }
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new ContentStreamWriter(bytes).writeTokens(tokens);
            out.write(bytes.toByteArray());
        }
        page.setContents(stream);
    }
}
