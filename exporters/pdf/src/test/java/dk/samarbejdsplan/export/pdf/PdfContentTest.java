package dk.samarbejdsplan.export.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.Wording;
import dk.samarbejdsplan.export.testkit.ExporterContract;
import dk.samarbejdsplan.model.testkit.SamplePlans;
import dk.samarbejdsplan.model.testkit.SyntheticPlans;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

/**
 * What the PDF says, read back with PDFBox: every forum, representative, frequency, municipality and meeting
 * date in the plan's order; the document language, title and bookmarks; links described; fixed dates;
 * byte-identical reruns in any default locale and time zone.
 */
class PdfContentTest {

    @Test
    void every2007FactIsInTheTextInThePlansOrderDanish() {
        checkOrder(SamplePlans.plan2007(), Language.DA);
    }

    @Test
    void every2007FactIsInTheTextInThePlansOrderEnglish() {
        checkOrder(SamplePlans.plan2007(), Language.EN);
    }

    @Test
    void everyFactOfASyntheticPlanIsInTheText() {
        checkOrder(SyntheticPlans.ofSize(25, 11), Language.DA);
    }

    /**
     * Walks the expected texts through the extracted text, each found after the one before: per category
     * its heading, then per forum its name, representatives, frequency (as written and in words), then the
     * details blocks with each local unit's municipality and meeting dates in words.
     */
    private static void checkOrder(CooperationPlan plan, Language language) {
        Wording wording = Wording.of(language);
        List<String> expected = new ArrayList<>();
        for (Category c : plan.categories()) {
            expected.add(c.number() + ". " + c.title());
            for (Forum f : c.forums()) {
                expected.add(f.name());
                expected.addAll(f.representatives());
                expected.add(f.frequency().format());
                expected.add(wording.frequency(f.frequency()).substring(1));
            }
            for (Forum f : c.forums()) {
                for (LocalUnit u : f.localUnits()) {
                    expected.add(u.municipality().name());
                    if (!u.municipality().code().isBlank()) {
                        expected.add(u.municipality().code());
                    }
                    for (Meeting m : u.meetings()) {
                        expected.add(wording.date(m.date()));
                    }
                }
            }
        }
        String text = squeeze(Pdfs.readingOrder(Pdfs.cached(plan, language)));
        int at = 0;
        for (String e : expected) {
            String s = squeeze(e);
            int found = text.indexOf(s, at);
            if (found < 0) {
                int anywhere = text.indexOf(s);
                throw new AssertionError("'" + e + "' is " + (anywhere < 0 ? "not in the PDF's text"
                        : "in the PDF's text only before the place the plan's order puts it (at " + anywhere
                        + ", expected after " + at + ")"));
            }
            at = found + s.length();
        }
    }

    /** Without white space: the layout breaks lines anywhere. */
    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u00A0]+", "");
    }

    @Test
    void languageTitleBookmarksAndLinks() {
        for (Language language : Language.values()) {
            CooperationPlan plan = SamplePlans.plan2007();
            try (PDDocument doc = Pdfs.load(Pdfs.cached(plan, language))) {
                assertEquals(language.tag(), doc.getDocumentCatalog().getLanguage());
                assertEquals(plan.title() + " – " + plan.district().name(), doc.getDocumentInformation().getTitle());
                assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle(), "window title");
                List<String> bookmarks = new ArrayList<>();
                for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                    bookmarks.add(item.getTitle());
                    for (PDOutlineItem child : item.children()) {
                        bookmarks.add(child.getTitle());
                    }
                }
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < plan.sections().size(); i++) {
                    expected.add((i + 1) + ". " + plan.sections().get(i).title());
                }
                expected.add(language == Language.DA ? "Bilag 1: Samarbejdsfora" : "Annex 1: Cooperation forums");
                for (Category c : plan.categories()) {
                    expected.add(c.number() + ". " + c.title());
                }
                expected.add(language == Language.DA ? "Årets møder" : "The year's meetings");
                assertEquals(expected, bookmarks);
                int links = 0;
                for (var page : doc.getPages()) {
                    for (PDAnnotation a : page.getAnnotations()) {
                        if (a instanceof PDAnnotationLink link) {
                            links++;
                            assertTrue(link.getContents() != null && !link.getContents().isBlank(), "/Contents");
                        }
                    }
                }
                assertTrue(links >= plan.sections().size() + 1, "the contents list links: " + links);
                Calendar created = doc.getDocumentInformation().getCreationDate();
                assertEquals(2007, created.get(Calendar.YEAR));
                assertEquals(0, created.get(Calendar.DAY_OF_YEAR) - 1);
                assertEquals(created, doc.getDocumentInformation().getModificationDate());
                assertTrue(doc.getDocumentCatalog().getCOSObject().containsKey(COSName.STRUCT_TREE_ROOT), "tagged");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void sameBytesInAnyLocaleAndTimeZone() {
        CooperationPlan plan = SamplePlans.unicodeProbe();
        byte[] reference = Pdfs.render(plan, Language.DA);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            for (String[] setting : new String[][] {{"tr-TR", "Pacific/Kiritimati"}, {"en-US", "America/Los_Angeles"}}) {
                Locale.setDefault(Locale.forLanguageTag(setting[0]));
                TimeZone.setDefault(TimeZone.getTimeZone(setting[1]));
                assertArrayEquals(reference, Pdfs.render(plan, Language.DA), String.join(" ", setting));
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void dateParameterSetsTheDatesAndBadDatesAreRefused() throws Exception {
        byte[] pdf = Pdfs.render(SamplePlans.plan2007(), ExportOptions.builder().parameter("pdf.date", "2007-03-01")
                .build());
        try (PDDocument doc = Pdfs.load(pdf)) {
            Calendar created = doc.getDocumentInformation().getCreationDate();
            assertEquals(List.of(2007, Calendar.MARCH, 1), List.of(created.get(Calendar.YEAR),
                    created.get(Calendar.MONTH), created.get(Calendar.DAY_OF_MONTH)));
        }
        String xmp = new String(Pdfs.load(pdf).getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        assertTrue(xmp.contains("<xmp:CreateDate>2007-03-01T00:00:00Z</xmp:CreateDate>")
                || xmp.contains("2007-03-01T00:00:00+00:00"), xmp);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PdfExporter()
                .export(SamplePlans.plan2007(), ExportOptions.builder().parameter("pdf.date", "1. marts").build(),
                        new java.io.ByteArrayOutputStream()));
        assertTrue(e.getMessage().startsWith("EXP-PDF-001"), e.getMessage());
    }

    @Test
    void theFileIsValidUtf8WithAUtf8Marker() throws Exception {
        byte[] pdf = Pdfs.cached(SamplePlans.plan2007(), Language.DA);
        String head = new String(pdf, 0, 16, StandardCharsets.UTF_8);
        assertTrue(head.startsWith("%PDF-1.4\n%ÆØ\n"), head);
        // strict: throws on any byte sequence that is not UTF-8 (the fonts and pages are ASCII85 text)
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(pdf));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("/Filter [/ASCII85Decode /FlateDecode]"), "armoured streams");
    }

    /**
     * A forum whose name and topic run over a page break: drawn page by page, the content stream interleaves
     * the cells with each other and with the running header, but the tagged structure reads each cell whole,
     * in the plan's order, and the running header (an artifact) not at all.
     */
    @Test
    void aCellSplitByAPageBreakIsReadWhole() {
        CooperationPlan base = SyntheticPlans.ofSize(6, 1);
        Category first = base.categories().get(0);
        List<Forum> forums = new ArrayList<>(first.forums());
        String name = "Navn " + "Alfa Beta Gamma ".repeat(250) + "Slut";
        String topic = "Emne " + "Delta Epsilon ".repeat(400) + "Ende";
        forums.set(0, forums.get(0).toBuilder().name(name).topic(topic).build());
        List<Category> categories = new ArrayList<>(base.categories());
        categories.set(0, first.withForums(forums));
        CooperationPlan plan = base.toBuilder().categories(categories).build();
        byte[] pdf = Pdfs.render(plan, Language.DA);
        String drawn = squeeze(Pdfs.text(pdf));
        assertTrue(!drawn.contains(squeeze(name)), "the cells are interleaved in drawing order (else this test "
                + "shows nothing): make the texts longer");
        String read = squeeze(Pdfs.readingOrder(pdf));
        int at = read.indexOf(squeeze(name));
        assertTrue(at >= 0, "the name is read whole");
        assertTrue(read.indexOf(squeeze(topic), at) > at, "the topic is read whole, after the name");
        String header = plan.district().name() + " · " + plan.year();
        assertTrue(drawn.contains(squeeze(header)), "the running header is drawn");
        assertTrue(!read.contains(squeeze(header)), "the running header is an artifact, not read");
    }

    /**
     * A table that runs over pages has its header row drawn again on each (repeated table headers), but a screen
     * reader reads the header cells once: the copies are pagination artifacts (openhtmltopdf tags them as more
     * content of the first row's cells, which read "ForumForum").
     */
    @Test
    void aHeaderRowRepeatedOnLaterPagesIsReadOnce() {
        CooperationPlan plan = SamplePlans.plan2007();
        byte[] pdf = Pdfs.cached(plan, Language.EN);
        long tables = plan.categories().stream().filter(c -> !c.forums().isEmpty()).count();
        String header = "Forum Topic Representatives";
        int drawn = Pdfs.text(pdf).split(header, -1).length - 1;
        assertTrue(drawn > tables, "a table runs over a page (else this test shows nothing): " + drawn);
        String read = Pdfs.readingOrder(pdf);
        assertEquals(tables, read.split("\nForum\nTopic\nRepresentatives\n", -1).length - 1, read);
        assertTrue(!read.contains("ForumForum") && !read.contains("TopicTopic"), read);
    }

    @Test
    void planTextIsNeverMarkup() {
        String evil = "<h1>x</h1>&amp;<bookmark name=\"y\"/>]]>\u0001\uFFFE'\"";
        CooperationPlan plan = SyntheticPlans.ofSize(1, 1).toBuilder().title(evil).build();
        String text = squeeze(Pdfs.text(Pdfs.render(plan, Language.DA)));
        assertTrue(text.contains(squeeze("<h1>x</h1>&amp;<bookmark name=\"y\"/>]]>\uFFFD\uFFFD'\"")), text);
        try (PDDocument doc = Pdfs.load(Pdfs.render(plan, Language.DA))) {
            assertEquals(evil.replace('\u0001', '\uFFFD').replace('\uFFFE', '\uFFFD') + " – "
                    + plan.district().name(), doc.getDocumentInformation().getTitle());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
