package dk.samarbejdsplan.export.text;

import static dk.samarbejdsplan.export.text.TextExpectations.assertHeading;
import static dk.samarbejdsplan.export.text.TextExpectations.assertLineWidths;
import static dk.samarbejdsplan.export.text.TextExpectations.assertWordsIn;
import static dk.samarbejdsplan.export.text.TextExpectations.export;
import static dk.samarbejdsplan.export.text.TextExpectations.lines;
import static dk.samarbejdsplan.export.text.TextExpectations.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.testkit.SamplePlans;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2007 plan ({@link SamplePlans#plan2007()}, the project's transcription of the seed) as accessible
 * text. */
class Text2007Test {
    private static CooperationPlan plan;
    private static String da;
    private static String en;

    @BeforeAll
    static void load() {
        plan = SamplePlans.plan2007();
        da = export(plan, ExportOptions.defaults());
        en = export(plan, ExportOptions.builder().language(Language.EN).build());
    }

    @Test
    void everyLineFitsInEightyCharacters() {
        for (String text : List.of(da, en)) {
            List<String> lines = lines(text);
            assertLineWidths(lines, 80);
            for (String line : lines) {
                assertTrue(line.codePointCount(0, line.length()) <= 80, "no word of the 2007 plan is too long: " + line);
            }
            assertFalse(text.contains("|"));
            assertFalse(text.contains("\t"));
            assertTrue(text.codePoints().noneMatch(cp -> cp >= 0x2500 && cp <= 0x259F), "no box drawing");
            assertFalse(text.contains("\n\n\n"));
        }
    }

    @Test
    void headingsInOrderSetOffByBlankLines() {
        List<String> lines = lines(da);
        List<String> headings = new java.util.ArrayList<>(List.of("Samarbejdsplan for 2007", "1. Indledning",
                "2. Opfølgning", "3. Offentliggørelse", "Bilag 1: Samarbejdsfora"));
        for (Category c : plan.categories()) {
            headings.add(c.number() + ". " + c.title());
        }
        assertTrue(headings.contains("1. Kontakt med lokalsamfundet m.v."), "the plan's own title, as written");
        assertTrue(headings.contains("13. Pressen"));
        int last = -1;
        for (String heading : headings) {
            assertHeading(lines, heading);
            int at = lines.indexOf(heading);
            assertTrue(at > last, "heading in order: " + heading);
            last = at;
        }
        assertHeading(lines(en), "Annex 1: Cooperation forums");
    }

    @Test
    void everyForumIsThereAsLabelledLines() {
        List<String> daWords = words(da);
        List<String> enWords = words(en);
        assertEquals(35, plan.forums().count());
        assertEquals(35, lines(da).stream().filter(l -> l.startsWith("Forum: ")).count());
        plan.forums().forEach(f -> {
            assertWordsIn(daWords, "Forum: " + f.name() + " Emne: " + f.topic() + " Repræsentanter: "
                    + String.join("; ", f.representatives()) + " Møder om året: "
                    + dk.samarbejdsplan.export.Wording.of(Language.DA).frequency(f.frequency()), f.id());
            assertWordsIn(enWords, "Forum: " + f.name() + " Topic: " + f.topic() + " Representatives: "
                    + String.join("; ", f.representatives()) + " Meetings a year: "
                    + dk.samarbejdsplan.export.Wording.of(Language.EN).frequency(f.frequency()), f.id());
        });
        assertTrue(da.contains("\nMøder om året: mindst 4 møder om året (2 i 2007)\n"));
        assertTrue(da.contains("\nMøder om året: 52 møder om året (ugentligt)\n"));
        assertTrue(da.contains("\nMøder om året: besluttes lokalt\n"));
        assertTrue(da.contains("\nMøder om året: 2 til 3 møder om året\n"));
        assertFalse(lines(da).stream().anyMatch(l -> l.startsWith("Møder om året:") && l.contains("Min")));
    }

    @Test
    void theLokalraadMeetingsInWords() {
        List<String> w = words(da);
        for (String sentence : List.of(
                "Greve Kommune (kommunekode 253): møder 26. oktober 2007 og 14. november 2007.",
                "Holbæk Kommune (kommunekode 316): møder 26. september 2007 og 7. november 2007.",
                "Kalundborg Kommune (kommunekode 326): møde 29. november 2007.",
                "Køge Kommune (kommunekode 259): møde 8. november 2007.",
                "Lejre Kommune (kommunekode 350): møde 20. november 2007.",
                "Odsherred Kommune (kommunekode 306): møder 27. september 2007 og 8. november 2007.",
                "Ringsted Kommune (kommunekode 329): møde 6. december 2007.",
                "Roskilde Kommune (kommunekode 265): møde 22. november 2007.",
                "Solrød Kommune (kommunekode 269): møde 28. september 2007.",
                "Stevns Kommune (kommunekode 336): møde 31. oktober 2007.")) {
            assertWordsIn(w, sentence, "lokalråd");
        }
        assertWordsIn(words(en), "Greve Municipality (municipality code 253): meetings on 26 October 2007 and "
                + "14 November 2007.", "lokalråd");
        assertFalse(da.matches("(?s).*\\b2007-\\d\\d-\\d\\d\\b.*"), "no ISO dates");
    }

    @Test
    void danishLettersAndThePlansOwnTextIntact() {
        for (String word : List.of("Kredsrådet", "Vestsjællands", "Holbæk", "Køge", "Solrød", "Opfølgning",
                "Offentliggørelse", "§ 113", "m.v.", "”truede”")) {
            assertTrue(da.contains(word), word);
        }
        plan.sections().forEach(s -> s.paragraphs().forEach(p -> assertWordsIn(words(da), p, s.title())));
    }
}
