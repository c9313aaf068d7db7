package dk.samarbejdsplan.export.csv;

import static dk.samarbejdsplan.export.csv.CsvExpectations.FORUM_HEADERS_DA;
import static dk.samarbejdsplan.export.csv.CsvExpectations.FORUM_HEADERS_EN;
import static dk.samarbejdsplan.export.csv.CsvExpectations.MEETING_HEADERS_DA;
import static dk.samarbejdsplan.export.csv.CsvExpectations.MEETING_HEADERS_EN;
import static dk.samarbejdsplan.export.csv.CsvExpectations.NUMBER_COLUMNS;
import static dk.samarbejdsplan.export.csv.CsvExpectations.assertTable;
import static dk.samarbejdsplan.export.csv.CsvExpectations.export;
import static dk.samarbejdsplan.export.csv.CsvExpectations.forumRows;
import static dk.samarbejdsplan.export.csv.CsvExpectations.localUnitRows;
import static dk.samarbejdsplan.export.csv.CsvExpectations.LOCAL_UNIT_HEADERS_DA;
import static dk.samarbejdsplan.export.csv.CsvExpectations.LOCAL_UNIT_HEADERS_EN;
import static dk.samarbejdsplan.export.csv.CsvExpectations.LOCAL_UNIT_NUMBER_COLUMNS;
import static dk.samarbejdsplan.export.csv.CsvExpectations.meetingRows;
import static dk.samarbejdsplan.export.csv.CsvExpectations.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.testkit.SamplePlans;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2007 plan ({@link SamplePlans#plan2007()}, the project's transcription of the seed) through the CSV exporter and
 * Commons CSV. */
class Csv2007Test {
    private static CooperationPlan plan;

    @BeforeAll
    static void load() {
        plan = SamplePlans.plan2007();
    }

    @Test
    void everyCellOfEveryTableInEveryVariant() {
        for (char delimiter : new char[] {',', ';'}) {
            for (boolean bom : new boolean[] {false, true}) {
                for (Language language : Language.values()) {
                    ExportOptions.Builder options = ExportOptions.builder().language(language)
                            .formatOptions(new CsvOptions(delimiter, bom));
                    assertTable(parse(export(plan, options.build()), delimiter, bom),
                            language == Language.DA ? FORUM_HEADERS_DA : FORUM_HEADERS_EN,
                            forumRows(plan, language), NUMBER_COLUMNS);
                    assertTable(parse(export(plan, options.output("local-units").build()), delimiter, bom),
                            language == Language.DA ? LOCAL_UNIT_HEADERS_DA : LOCAL_UNIT_HEADERS_EN,
                            localUnitRows(plan), LOCAL_UNIT_NUMBER_COLUMNS);
                    assertTable(parse(export(plan, options.output("meetings").build()), delimiter, bom),
                            language == Language.DA ? MEETING_HEADERS_DA : MEETING_HEADERS_EN,
                            meetingRows(plan, language), Set.of());
                }
            }
        }
    }

    @Test
    void thirtyFiveForumsInThirteenNumberedCategories() {
        List<CSVRecord> records = parse(export(plan, ExportOptions.defaults()), ';', true);
        assertEquals(36, records.size(), "header + 35 forums (seed, Bilag 1)");
        List<String> numbers = records.subList(1, records.size()).stream().map(r -> r.get(0)).distinct()
                .collect(Collectors.toList());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"), numbers);
        CSVRecord kredsraad = records.get(1);
        assertEquals("Kredsrådet for Midt- og Vestsjællands Politi", kredsraad.get(3));
        assertEquals("Min. 4", kredsraad.get(6));
        CSVRecord lokalraad = records.stream().filter(r -> r.get(3).equals("Lokalrådene i de enkelte kommuner"))
                .findFirst().orElseThrow();
        assertEquals("Min. 4 (2 i 2007)", lokalraad.get(6));
        assertEquals("mindst 4 møder om året (2 i 2007)", lokalraad.get(7));
        assertEquals("10", lokalraad.get(16), "ten lokalråd");
        assertTrue(records.stream().anyMatch(r -> r.get(6).equals("52") && r.get(10).equals("WEEKLY")
                && r.get(8).equals("52") && r.get(9).equals("52")));
        assertTrue(records.stream().anyMatch(r -> r.get(6).equals("2-3") && r.get(8).equals("2")
                && r.get(9).equals("3")));
        assertTrue(records.stream().anyMatch(r -> r.get(6).equals("Besluttet lokalt") && r.get(8).isEmpty()
                && r.get(7).equals("besluttes lokalt")));
    }

    @Test
    void thirteenMeetingsWithIsoDates() {
        List<CSVRecord> records = parse(export(plan, ExportOptions.builder().output("meetings").build()), ';',
                true);
        assertEquals(14, records.size(), "header + 13 meetings");
        // seed, Bilag 1, the lokalråd row; kommunekoder from DOMAIN.md
        Set<String> expected = Set.of(
                "Greve|253|2007-10-26", "Greve|253|2007-11-14",
                "Holbæk|316|2007-09-26", "Holbæk|316|2007-11-07",
                "Kalundborg|326|2007-11-29", "Køge|259|2007-11-08", "Lejre|350|2007-11-20",
                "Odsherred|306|2007-09-27", "Odsherred|306|2007-11-08", "Ringsted|329|2007-12-06",
                "Roskilde|265|2007-11-22", "Solrød|269|2007-09-28", "Stevns|336|2007-10-31");
        Set<String> actual = records.subList(1, records.size()).stream()
                .map(r -> r.get(2) + "|" + r.get(3) + "|" + r.get(4)).collect(Collectors.toSet());
        assertEquals(expected, actual);
        for (CSVRecord r : records.subList(1, records.size())) {
            assertEquals("Lokalrådene i de enkelte kommuner", r.get(1));
            assertEquals("", r.get(5), "the seed does not say held or planned");
            assertTrue(r.get(4).matches("\\d{4}-\\d{2}-\\d{2}"));
        }
    }

    @Test
    void tenLocalUnitsEachWithMunicipalityCodeAndMeetingCount() {
        List<CSVRecord> records = parse(export(plan, ExportOptions.builder().language(Language.EN)
                .output("local-units").build()), ',', false);
        assertEquals(11, records.size(), "header + the ten lokalråd");
        Set<String> expected = Set.of("Greve|253|2", "Holbæk|316|2", "Kalundborg|326|1", "Køge|259|1",
                "Lejre|350|1", "Odsherred|306|2", "Ringsted|329|1", "Roskilde|265|1", "Solrød|269|1", "Stevns|336|1");
        assertEquals(expected, records.subList(1, records.size()).stream()
                .map(r -> r.get(2) + "|" + r.get(3) + "|" + r.get(5)).collect(Collectors.toSet()));
    }

    @Test
    void danishExcelVariantStartsWithBomAndSemicolons() {
        String csv = export(plan, ExportOptions.builder().formatOptions(CsvOptions.EXCEL_DA).build());
        assertTrue(csv.startsWith("\uFEFFkategori_nummer;kategori_titel;forum_id;forum_navn;emne;"));
        assertTrue(csv.contains("\r\n1;Kontakt med lokalsamfundet m.v.;"), "bare cells where no quoting is needed");
    }
}
