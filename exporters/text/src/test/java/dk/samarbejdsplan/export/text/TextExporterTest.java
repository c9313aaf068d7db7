package dk.samarbejdsplan.export.text;

import static dk.samarbejdsplan.export.text.TextExpectations.assertHeading;
import static dk.samarbejdsplan.export.text.TextExpectations.assertLineWidths;
import static dk.samarbejdsplan.export.text.TextExpectations.assertWordsIn;
import static dk.samarbejdsplan.export.text.TextExpectations.export;
import static dk.samarbejdsplan.export.text.TextExpectations.exporter;
import static dk.samarbejdsplan.export.text.TextExpectations.lines;
import static dk.samarbejdsplan.export.text.TextExpectations.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExportOutput;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.export.testkit.ExporterContract;
import dk.samarbejdsplan.model.testkit.HandBuiltPlans;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextExporterTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = TextExporterTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void goldenDanish() throws IOException {
        assertEquals(resource("golden-da.txt"), export(GoldenPlan.plan(), ExportOptions.defaults()));
    }

    @Test
    void goldenEnglish() throws IOException {
        assertEquals(resource("golden-en.txt"), export(GoldenPlan.plan(),
                ExportOptions.builder().language(Language.EN).build()));
    }

    @Test
    void headingsAreSetOffByBlankLines() {
        List<String> lines = lines(export(GoldenPlan.plan(), ExportOptions.defaults()));
        for (String heading : List.of("Samarbejdsplan for 2007", "1. Indledning", "Bilag 1: Samarbejdsfora",
                "1. Kontakt med lokalsamfundet m.v.", "2. Beredskab")) {
            assertHeading(lines, heading);
        }
        assertEquals("Samarbejdsplan for 2007", lines.get(0));
        List<String> en = lines(export(GoldenPlan.plan(), ExportOptions.builder().language(Language.EN).build()));
        assertHeading(en, "Annex 1: Cooperation forums");
        assertHeading(en, "1. Kontakt med lokalsamfundet m.v.");
    }

    @Test
    void linearPlainTextWithinTheWidth() {
        for (CooperationPlan plan : List.of(GoldenPlan.plan(), HandBuiltPlans.excerpt2007())) {
            for (Language language : Language.values()) {
                String text = export(plan, ExportOptions.builder().language(language).build());
                List<String> lines = lines(text);
                assertLineWidths(lines, 80);
                lines.forEach(l -> assertTrue(l.codePointCount(0, l.length()) <= 80, l));
                assertFalse(text.contains("|"), "no table cells");
                assertFalse(text.contains("\t"), "no tab");
                assertTrue(text.codePoints().noneMatch(cp -> cp >= 0x2500 && cp <= 0x259F), "no box drawing");
                assertFalse(text.contains("---") || text.contains("===") || text.contains("***") || text.contains("+-"),
                        "no ASCII rules or frames");
                assertFalse(text.contains("\n\n\n"), "never two blank lines in a row");
            }
        }
    }

    @Test
    void everyForumIsRecoverableFromTheWrappedText() {
        CooperationPlan plan = GoldenPlan.plan();
        List<String> da = words(export(plan, ExportOptions.defaults()));
        List<String> en = words(export(plan, ExportOptions.builder().language(Language.EN).build()));
        plan.forums().forEach(f -> {
            assertWordsIn(da, "Forum: " + f.name(), f.id());
            assertWordsIn(da, "Emne: " + f.topic(), f.id());
            assertWordsIn(da, "Repræsentanter: " + String.join("; ", f.representatives()), f.id());
            assertWordsIn(da, "Møder om året: " + dk.samarbejdsplan.export.Wording.of(Language.DA).frequency(f.frequency()), f.id());
            assertWordsIn(en, "Forum: " + f.name(), f.id());
            assertWordsIn(en, "Topic: " + f.topic(), f.id());
            assertWordsIn(en, "Representatives: " + String.join("; ", f.representatives()), f.id());
            assertWordsIn(en, "Meetings a year: " + dk.samarbejdsplan.export.Wording.of(Language.EN).frequency(f.frequency()), f.id());
        });
    }

    @Test
    void frequenciesAndDatesAreInWords() {
        String da = export(GoldenPlan.plan(), ExportOptions.defaults());
        for (String line : lines(da)) {
            if (line.startsWith("Møder om året:")) {
                assertFalse(line.contains("Min") || line.contains("Ad hoc") || line.contains("-"), line);
            }
        }
        assertTrue(da.contains("Møder om året: mindst 4 møder om året (2 i 2007)\n"));
        assertTrue(da.contains("Møder om året: efter behov\n"));
        assertTrue(da.contains("26. oktober 2007"));
        assertFalse(da.contains("2007-10-26"), "no ISO dates");
        assertFalse(da.contains("26.10.2007"), "no numeric dates");
        String en = export(GoldenPlan.plan(), ExportOptions.builder().language(Language.EN).build());
        assertTrue(en.contains("Meetings a year: at least 4 meetings a year (2 in 2007)\n"));
        assertTrue(en.contains("Meetings a year: as needed\n"));
        assertTrue(en.contains("26 October 2007"));
    }

    @Test
    void frontMatterLabelsStatusDiscussionDateAndEdition() {
        CooperationPlan plan = GoldenPlan.plan().toBuilder().discussedInDistrictCouncil(LocalDate.of(2007, 12, 13))
                .edition(2).status(dk.samarbejdsplan.model.PlanStatus.DRAFT).build();
        List<String> da = lines(export(plan, ExportOptions.defaults()));
        assertTrue(da.contains("Drøftet i kredsrådet: 13. december 2007"), da.toString());
        assertTrue(da.contains("Status: udkast"));
        assertTrue(da.contains("Udgave: 2"));
        List<String> en = lines(export(plan, ExportOptions.builder().language(Language.EN).build()));
        assertTrue(en.contains("Discussed in the district council: 13 December 2007"));
        assertTrue(en.contains("Status: draft"));
        assertTrue(en.contains("Edition: 2"));
        assertTrue(en.contains("Police district: Midt- og Vestsjællands Politi"));
        assertFalse(lines(export(GoldenPlan.plan(), ExportOptions.defaults())).stream()
                .anyMatch(l -> l.startsWith("Udgave:")), "no edition line for the first edition");
    }

    @Test
    void optionalFieldsAreLabelledAndLocalUnitsWrittenOut() {
        CooperationPlan plan = planWith(Forum.builder().id("a").name("Forum A").topic("Emnet")
                .frequency("1-2").termsOfReference("Kommissoriet.").goals(List.of("Mål et.", "Mål to."))
                .actionPlan("Planen.").interfaces(List.of("b", "ukendt")).notes(List.of("Note."))
                .localUnit(new LocalUnit(new Municipality("259", "Køge"), List.of(
                        new Meeting(LocalDate.of(2007, 11, 8), Optional.of(MeetingStatus.HELD))),
                        Optional.of("Køges egen plan.")))
                .localUnit(LocalUnit.of(new Municipality("350", "Lejre Kommune"), List.of()))
                .build(), Forum.builder().id("b").name("Forum B").topic("t").frequency("Besluttet lokalt")
                .build());
        assertContainsAll(export(plan, ExportOptions.defaults()),
                "\nMøder om året: 1 til 2 møder om året\n", "\nKommissorium: Kommissoriet.\n",
                "\nMålsætninger: Mål et.\n\nMål to.\n\n", "\nHandleplan: Planen.\n",
                "\nSnitflader til andre fora: Forum B; ukendt\n", "\nNoter: Note.\n",
                "\nLokale enheder:\nKøge Kommune (kommunekode 259): møde 8. november 2007 "
                        + "(afholdt).\nHandleplan for Køge Kommune: Køges egen plan.\n"
                        + "Lejre Kommune (kommunekode 350): ingen daterede møder.\n",
                "\nMøder om året: besluttes lokalt\n");
        assertContainsAll(export(plan, ExportOptions.builder().language(Language.EN).build()),
                "\nMeetings a year: 1 to 2 meetings a year\n", "\nTerms of reference: Kommissoriet.\n",
                "\nGoals: Mål et.\n\nMål to.\n\n", "\nAction plan: Planen.\n",
                "\nInterfaces with other forums: Forum B; ukendt\n", "\nNotes: Note.\n",
                "\nLocal units:\nKøge Municipality (municipality code 259): meeting on 8 November "
                        + "2007 (held).\nAction plan for Køge Municipality: Køges egen plan.\n"
                        + "Lejre Kommune (municipality code 350): no dated meetings.\n",
                "\nMeetings a year: decided locally\n");
    }

    private static void assertContainsAll(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "expected \"" + part + "\" in: " + text);
        }
    }

    @Test
    void noAbbreviationInTheExportersOwnWords() {
        // every plan text is the single letter x, so every other word is the exporter's own
        Forum forum = Forum.builder().id("a").name("x").topic("x").representatives(List.of("x", "x"))
                .frequency("Min. 4 (2 i 2007)").termsOfReference("x").goals(List.of("x")).actionPlan("x")
                .interfaces(List.of("b")).notes(List.of("x"))
                .localUnit(new LocalUnit(new Municipality("253", "x"), List.of(
                        new Meeting(LocalDate.of(2007, 1, 2), Optional.of(MeetingStatus.PLANNED)),
                        Meeting.on(LocalDate.of(2007, 3, 4))), Optional.of("x")))
                .build();
        Forum other = Forum.builder().id("b").name("x").topic("x").frequency("Ad hoc").build();
        CooperationPlan plan = CooperationPlan.builder().district(PoliceDistrict.of("x")).year(2007).title("x")
                .subtitle("x").legalBasis("x").discussedInDistrictCouncil(LocalDate.of(2007, 5, 6)).edition(3)
                .section(Section.of("x", "x")).category("c", "x", List.of(forum, other))
                .category("d", "x", List.of()).build();
        for (Language language : Language.values()) {
            List<String> own = words(export(plan, ExportOptions.builder().language(language).build()));
            for (String word : own) {
                String w = word.replaceAll("[:;,()]+$", "").replaceAll("^\\(", "");
                assertFalse(List.of("fx", "f.eks.", "pr.", "m.v.", "mv.", "nr.", "bl.a.", "evt.", "min.", "maks.",
                        "ca.", "jf.", "e.g.", "i.e.", "etc.", "no.", "approx.", "incl.")
                        .contains(w.toLowerCase(java.util.Locale.ROOT)), "abbreviation «" + word + "»");
                assertFalse(w.length() > 1 && w.endsWith(".") && !w.equals("x.") && !w.matches("\\d+\\.")
                        && !List.of("møder.", "forums.", "kategori.", "category.", "samarbejdsfora.", "2007.",
                                "meetings.").contains(w), "a word ending in a dot looks like an abbreviation: «"
                        + word + "»");
            }
        }
    }

    @Test
    void planTextIsKeptExactlyWithItsParagraphsAndLineBreaks() {
        Forum forum = Forum.builder().id("a").name("Navn med m.v. og fx og pr. år").topic("Linje et\nLinje to\r\n"
                        + "Linje tre\rLinje fire").representatives(List.of("A"))
                .frequency("2").notes(List.of("Første afsnit.\n\nAndet afsnit.\n\n\n\nTredje.")).build();
        CooperationPlan plan = planWith(forum);
        String text = export(plan, ExportOptions.defaults());
        assertTrue(text.contains("\nForum: Navn med m.v. og fx og pr. år\n"), "plan abbreviations kept");
        assertTrue(text.contains("\nEmne: Linje et\nLinje to\nLinje tre\nLinje fire\n"), text);
        assertTrue(text.contains("\nNoter: Første afsnit.\n\nAndet afsnit.\n\nTredje.\n"), text);
        assertTrue(text.contains("Møder om året: 2 møder om året\n"));
    }

    @Test
    void aLongWordStandsAloneAndTabsBecomeSpaces() {
        String url = "https://politi.dk/" + "a".repeat(100);
        Forum forum = Forum.builder().id("a").name("Se " + url + " for mere").topic("før\tefter")
                .representatives(List.of("A")).frequency("2").build();
        List<String> lines = lines(export(planWith(forum), ExportOptions.defaults()));
        int i = lines.indexOf(url);
        assertTrue(i > 0, lines.toString());
        assertEquals("Forum: Se", lines.get(i - 1));
        assertEquals("for mere", lines.get(i + 1));
        assertTrue(lines.contains("Emne: før efter"));
        assertLineWidths(lines, 80);
    }

    @Test
    void widthOption() {
        CooperationPlan plan = GoldenPlan.plan();
        for (int width : new int[] {40, 41, 60, 100}) {
            String text = export(plan, ExportOptions.builder().formatOptions(new TextOptions(width)).build());
            List<String> lines = lines(text);
            assertLineWidths(lines, width);
            assertTrue(lines.stream().anyMatch(l -> l.codePointCount(0, l.length()) > width - 12),
                    "lines use the width " + width);
            assertEquals(words(export(plan, ExportOptions.defaults())), words(text), "only the breaks change");
        }
        assertEquals(export(plan, ExportOptions.builder().formatOptions(new TextOptions(50)).build()),
                export(plan, ExportOptions.builder().parameter("text.width", "50").build()));
        assertEquals(export(plan, ExportOptions.builder().formatOptions(new TextOptions(50)).build()),
                export(plan, ExportOptions.builder().parameter("text.width", "70")
                        .formatOptions(new TextOptions(50)).build()), "typed options win");
    }

    @Test
    void badOptionsAreRefusedWithCodes() {
        CooperationPlan plan = GoldenPlan.plan();
        for (String bad : List.of("39", "abc", "", "80.5")) {
            StringBuilder out = new StringBuilder();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> exporter().export(plan,
                    ExportOptions.builder().parameter("text.width", bad).build(), out));
            assertTrue(e.getMessage().startsWith("EXP-TEXT-002") && e.getMessage().contains("text.width")
                    && e.getMessage().contains("40"), e.getMessage());
            assertEquals("", out.toString());
        }
        assertThrows(IllegalArgumentException.class, () -> new TextOptions(39));
    }

    @Test
    void controlCharactersAreWrittenVisiblyNeverRaw() {
        Forum evil = Forum.builder().id("f").name("\u001B[2J0 fejl\u0007").topic("a\u202Eb\u0000c\u009Bd")
                .frequency(dk.samarbejdsplan.model.MeetingFrequency.parse("4"))
                .representatives(List.of("x\u2066y")).build();
        for (Language language : Language.values()) {
            String text = export(planWith(evil), ExportOptions.builder().language(language).build());
            assertTrue(text.contains("\\u001B[2J0 fejl\\u0007\n"), text);
            assertTrue(text.contains("a\\u202Eb\\u0000c\\u009Bd\n"), text);
            assertTrue(text.contains("x\\u2066y\n"), text);
            for (char c : text.toCharArray()) {
                assertFalse(c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E
                        || c >= 0x2066 && c <= 0x2069, () -> "raw U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void danishLettersIntactInUtf8Bytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        exporter().export(GoldenPlan.plan(), ExportOptions.defaults(), bytes);
        String text = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
        for (String word : List.of("Kredsrådet", "Vestsjællands", "Holbæk", "Repræsentanter:", "Møder", "året",
                "Næstved", "øvrige")) {
            assertTrue(text.contains(word), word);
        }
        assertEquals(export(GoldenPlan.plan(), ExportOptions.defaults()), text);
        assertTrue(bytes.toByteArray()[0] == 'S', "no byte order mark");
    }

    @Test
    void emptyPlanAndEmptyCategory() {
        CooperationPlan empty = CooperationPlan.builder().district(PoliceDistrict.of("Politi")).year(2008).build();
        assertEquals("Samarbejdsplan for 2008\n\nPolitikreds: Politi\nÅr: 2008\nRetsgrundlag: Retsplejelovens "
                + "§ 113\nStatus: udkast\n\nBilag 1: Samarbejdsfora\n\nPlanen har ingen samarbejdsfora.\n",
                export(empty, ExportOptions.defaults()));
        CooperationPlan emptyCategory = empty.toBuilder().category("tom", "Tom", List.of()).build();
        assertEquals("Samarbejdsplan for 2008\n\n"
                + "Police district: Politi\nYear: 2008\nLegal basis: Retsplejelovens § 113\nStatus: draft\n\n"
                + "Annex 1: Cooperation forums\n\n1. Tom\n\nNo cooperation forums in this category.\n",
                export(emptyCategory, ExportOptions.builder().language(Language.EN).build()));
    }

    @Test
    void describesItself() {
        PlanExporter e = exporter();
        assertEquals("text", e.id());
        assertEquals("text/plain", e.mediaType());
        assertEquals("txt", e.fileExtension());
        assertEquals(List.of(ExportOutput.MAIN), e.outputs());
        assertEquals("Tilgængelig tekst (skærmlæsere og almindelig udskrift)", e.displayName(Language.DA));
        assertEquals("Accessible text (screen readers and plain printing)", e.displayName(Language.EN));
        assertEquals(List.of("text.width"), e.parameters().stream().map(p -> p.key()).toList());
    }

    @Test
    void concurrentExportsGiveIdenticalOutput() {
        ExporterContract.forId("text").checkThreadSafe(List.of(HandBuiltPlans.hostile()));
    }

    @Test
    void itsModuleExportsOnlyTheOptionsPackage() {
        ExporterContract.forId("text").checkModuleExports("dk.samarbejdsplan.export.text");
    }

    private static CooperationPlan planWith(Forum... forums) {
        return CooperationPlan.builder().district(PoliceDistrict.of("Politi")).year(2007)
                .categories(List.of(new Category("c", 1, "Kategori", List.of(forums)))).build();
    }
}
