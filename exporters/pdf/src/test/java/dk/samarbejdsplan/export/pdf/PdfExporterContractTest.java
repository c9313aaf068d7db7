package dk.samarbejdsplan.export.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.testkit.ExporterContract;
import dk.samarbejdsplan.export.testkit.ExporterContractTest;
import dk.samarbejdsplan.model.testkit.SamplePlans;
import dk.samarbejdsplan.model.testkit.SyntheticPlans;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The exporter test kit's contract for the PDF exporter. The kit decodes every output as UTF-8 (a PDF from
 * this exporter is valid UTF-8: 7-bit apart from its "ÆØ" marker); {@link #decodeText} turns it back into the
 * PDF's bytes and extracts the text with PDFBox in reading order ({@link Pdfs#readingOrder}: the tagged
 * structure, as a screen reader reads it; a cell that a page break splits is drawn in two parts, interleaved
 * with the other cells of its row, and only the structure puts it together again).
 *
 * <p>Three hooks differ from a text format's, each because a PDF is laid out with one embedded font (see
 * {@link Drawable} and the README): a forum is found by its name as far as the font can draw it, with line
 * breaks anywhere, and by each run of its left-to-right letters when it has right-to-left ones
 * ({@link #mentions}); the Unicode check asks for every probe word the font can draw verbatim
 * and for the drawable rest of the others ({@link #keepsDanishLettersAndUnicode}); and because a PDF takes
 * about a second to lay out, the generated-plans property makes 5 tries and the thread-safety check uses the
 * Unicode probe and a small synthetic plan.
 */
class PdfExporterContractTest extends ExporterContractTest {

    PdfExporterContractTest() {
        super("pdf");
    }

    @Override
    protected String decodeText(String output) {
        return Pdfs.readingOrder(output.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected boolean mentions(String text, Forum forum) {
        String kept = Drawable.kept(text);
        if (!Drawable.anyRtl(forum.name())) {
            // a name with nothing drawable (only emoji, say) cannot be told apart in the text
            String name = Drawable.kept(forum.name());
            return name.isEmpty() || kept.contains(name);
        }
        // with right-to-left letters in it, text extraction may reorder the runs of a line (its bidi guesses the
        // line's direction from its first strong letter): each run of left-to-right letters must be there
        for (String word : Drawable.ltrWords(forum.name())) {
            if (!kept.contains(word)) {
                return false;
            }
        }
        return true;
    }

    @Override
    @Test
    public void keepsDanishLettersAndUnicode() {
        ExporterContract contract = contract();
        for (Language language : Language.values()) {
            ExportOptions options = ExportOptions.builder().language(language).build();
            String text = contract.exportText(SamplePlans.unicodeProbe(), options);
            String normalized = ExporterContract.normalizeSpace(text);
            int verbatim = 0;
            for (String probe : SamplePlans.UNICODE_PROBES) {
                if (Drawable.fully(probe) && probe.codePoints().allMatch(cp -> Character.getType(cp)
                        != Character.NON_SPACING_MARK)) {
                    assertTrue(normalized.contains(probe), () -> "probe '" + probe + "' not in the text: " + text);
                    verbatim++;
                } else {
                    assertTrue(Drawable.kept(text).contains(Drawable.kept(probe)),
                            () -> "the drawable part of probe '" + probe + "' not in the text: " + text);
                }
            }
            assertTrue(verbatim >= 9, "the Danish words and every quotation mark probe are drawable: " + verbatim);
            String text2007 = ExporterContract.normalizeSpace(contract.exportText(SamplePlans.plan2007(), options));
            SamplePlans.plan2007().forums().forEach(f -> {
                for (String word : ExporterContract.normalizeSpace(f.name()).split(" ")) {
                    if (word.matches(".*[æøåÆØÅ].*")) {
                        assertTrue(text2007.contains(word), () -> "'" + word + "' of '" + f.name() + "' missing");
                    }
                }
            });
        }
    }

    @Override
    @Property(tries = 5)
    public void keepsTheContractForGeneratedPlans(@ForAll("exporterContractPlans") CooperationPlan plan) {
        contract().checkGenerated(plan);
    }

    @Override
    @Test
    public void isThreadSafe() {
        contract().checkThreadSafe(List.of(SamplePlans.unicodeProbe(), SyntheticPlans.ofSize(7, 2)));
    }
}
