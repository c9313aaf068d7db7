package dk.samarbejdsplan.export.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.EuFrequency;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.Wording;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.export.testkit.ExporterContract;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What the CSV must contain, computed from the model following the documented rules (not from the exporter's
 * code), and the independent parse with Apache Commons CSV.
 */
final class CsvExpectations {
    private CsvExpectations() {
    }

    /** The contract of the csv exporter, which finds it by id. */
    private static final ExporterContract CONTRACT = ExporterContract.forId("csv");

    static final List<String> FORUM_HEADERS_DA = List.of("kategori_nummer", "kategori_titel", "forum_id",
            "forum_navn", "emne", "repraesentanter", "moedefrekvens", "moedefrekvens_i_ord", "min_moeder_om_aaret",
            "max_moeder_om_aaret", "eu_frekvens", "kommissorium", "maalsaetninger", "handleplan", "snitflader",
            "noter", "antal_lokale_enheder", "kategori_id");
    static final List<String> FORUM_HEADERS_EN = List.of("category_number", "category_title", "forum_id",
            "forum_name", "topic", "representatives", "frequency", "frequency_in_words", "min_meetings_per_year",
            "max_meetings_per_year", "eu_frequency", "terms_of_reference", "goals", "action_plan", "interfaces",
            "notes", "number_of_local_units", "category_id");
    static final List<String> LOCAL_UNIT_HEADERS_DA = List.of("forum_id", "forum_navn", "kommune", "kommunekode",
            "handleplan", "antal_moeder");
    static final List<String> LOCAL_UNIT_HEADERS_EN = List.of("forum_id", "forum_name", "municipality",
            "municipality_code", "action_plan", "number_of_meetings");
    /** The number column of the local units table. */
    static final Set<Integer> LOCAL_UNIT_NUMBER_COLUMNS = Set.of(5);
    static final List<String> MEETING_HEADERS_DA = List.of("forum_id", "forum_navn", "kommune", "kommunekode",
            "dato", "status");
    static final List<String> MEETING_HEADERS_EN = List.of("forum_id", "forum_name", "municipality",
            "municipality_code", "date", "status");

    /** The number columns of the forums table (0-based). */
    static final Set<Integer> NUMBER_COLUMNS = Set.of(0, 8, 9, 16);

    /** The exporter, found the way users find it: by id through ServiceLoader. */
    static PlanExporter exporter() {
        return CONTRACT.exporter();
    }

    private static final java.util.regex.Pattern FORMULA_LIKE = java.util.regex.Pattern.compile("^'*[=+\\-@\t\r]");
    private static final java.util.regex.Pattern NEUTRALISED = java.util.regex.Pattern.compile("^''*[=+\\-@\t\r]");

    /** The characters the CSV writes as backslash-u escapes: C0 but tab, CR, LF; DEL and C1; bidi controls. */
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

    /** The plan's text with its control characters written visibly, as the documented rule says. */
    static String visible(String text) {
        return CONTROL.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                String.format(java.util.Locale.ROOT, "\\u%04X", (int) m.group().charAt(0))));
    }

    /** The plan text back from a cell: every backslash-u escape the exporter wrote made the character again. */
    static String unescape(String cell) {
        return java.util.regex.Pattern.compile("\\\\u([0-9A-F]{4})").matcher(cell)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    /** The plan's text as the CSV must show it: controls visible, OWASP prefix for = + - @ tab CR. */
    static String asWritten(String text) {
        String visible = visible(text);
        return FORMULA_LIKE.matcher(visible).find() ? "'" + visible : visible;
    }

    /** Undoes the documented prefix: one ' off a cell of ' ('*) then = + - @ tab or CR. */
    static String unneutralise(String cell) {
        return NEUTRALISED.matcher(cell).find() ? cell.substring(1) : cell;
    }

    static String number(OptionalInt n) {
        return n.isPresent() ? Integer.toString(n.getAsInt()) : "";
    }

    /** The forums table's rows as model values (before neutralisation). */
    static List<List<String>> forumRows(CooperationPlan plan, Language language) {
        List<List<String>> rows = new ArrayList<>();
        for (Category c : plan.categories()) {
            for (Forum f : c.forums()) {
                rows.add(List.of(Integer.toString(c.number()), c.title(), f.id(), f.name(), f.topic(),
                        String.join("; ", f.representatives()), f.frequency().format(),
                        Wording.of(language).frequency(f.frequency()), number(f.frequency().minPerYear()),
                        number(f.frequency().maxPerYear()), EuFrequency.code(f.frequency()),
                        f.termsOfReference().orElse(""), String.join("; ", f.goals()), f.actionPlan().orElse(""),
                        String.join("; ", f.interfaces()), String.join("; ", f.notes()),
                        Integer.toString(f.localUnits().size()), c.id()));
            }
        }
        return rows;
    }

    /** The local units table's rows as model values: every local unit, with or without meetings. */
    static List<List<String>> localUnitRows(CooperationPlan plan) {
        List<List<String>> rows = new ArrayList<>();
        plan.forums().forEach(f -> {
            for (LocalUnit u : f.localUnits()) {
                rows.add(List.of(f.id(), f.name(), u.municipality().name(), u.municipality().code(),
                        u.actionPlan().orElse(""), Integer.toString(u.meetings().size())));
            }
        });
        return rows;
    }

    /** The meetings table's rows as model values. */
    static List<List<String>> meetingRows(CooperationPlan plan, Language language) {
        List<List<String>> rows = new ArrayList<>();
        plan.forums().forEach(f -> {
            for (LocalUnit u : f.localUnits()) {
                for (Meeting m : u.meetings()) {
                    String status = m.status().map(s -> {
                        switch (s) {
                            case PLANNED: return language == Language.DA ? "planlagt" : "planned";
                            case HELD: return language == Language.DA ? "afholdt" : "held";
                            default: throw new AssertionError(s);
                        }
                    }).orElse("");
                    String iso = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", m.date().getYear(),
                            m.date().getMonthValue(), m.date().getDayOfMonth());
                    rows.add(List.of(f.id(), f.name(), u.municipality().name(), u.municipality().code(), iso,
                            status));
                }
            }
        });
        return rows;
    }

    /** The output written to an {@link Appendable}; the exporter's exceptions pass through. */
    static String export(CooperationPlan plan, ExportOptions options) {
        return CONTRACT.exportToString(plan, options);
    }

    /** Parses with Commons CSV (RFC 4180 format, the given delimiter), after checking and removing a BOM. */
    static List<CSVRecord> parse(String csv, char delimiter, boolean bom) {
        if (bom) {
            assertTrue(csv.startsWith("\uFEFF"), "the CSV starts with a byte order mark");
            csv = csv.substring(1);
        } else {
            assertTrue(csv.isEmpty() || csv.charAt(0) != '\uFEFF', "no byte order mark");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        try (CSVParser parser = format.parse(new StringReader(csv))) {
            List<CSVRecord> records = parser.getRecords();
            checkCrlf(csv, records);
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every record ends with CRLF: the two characters before each record's start, and the end of the text. */
    private static void checkCrlf(String csv, List<CSVRecord> records) {
        assertTrue(csv.endsWith("\r\n"), "the last record ends with CRLF");
        for (CSVRecord r : records) {
            long pos = r.getCharacterPosition();
            if (pos > 0) {
                assertEquals("\r\n", csv.substring((int) pos - 2, (int) pos),
                        "record " + r.getRecordNumber() + " is preceded by CRLF");
            }
        }
    }

    /** Compares a parsed table with the expected header and rows, cell by cell. */
    static void assertTable(List<CSVRecord> records, List<String> header, List<List<String>> rows,
            Set<Integer> numberColumns) {
        assertEquals(rows.size() + 1, records.size(), "header + one record per row");
        assertEquals(header, records.get(0).toList(), "header row");
        for (int r = 0; r < rows.size(); r++) {
            CSVRecord record = records.get(r + 1);
            List<String> expected = rows.get(r);
            assertEquals(expected.size(), record.size(), "cells in record " + (r + 2));
            for (int c = 0; c < expected.size(); c++) {
                String cell = record.get(c);
                String value = expected.get(c);
                String where = "record " + (r + 2) + ", column " + header.get(c);
                if (numberColumns.contains(c)) {
                    assertEquals(value, cell, where);
                    if (!cell.isEmpty()) {
                        Integer.parseInt(cell);
                    }
                } else {
                    assertEquals(asWritten(value), cell, where);
                    assertEquals(visible(value), unneutralise(cell), where + " without the prefix");
                }
            }
        }
    }
}
