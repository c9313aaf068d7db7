package dk.samarbejdsplan.export.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The record writer's shortcuts (lists written item by item, cells rendered once, dates and numbers written
 * digit by digit, its own buffer) against the plain rules: a list cell is the cell of the joined text, and
 * every cell is what {@link #referenceCell} (the writer as it was before the shortcuts) makes of its text.
 */
class CsvRecordWriterTest {

    private static final char[] ALPHABET = {'a', 'Z', '0', ' ', ';', ',', '"', '\'', '=', '+', '-', '@', '\t',
        '\r', '\n', 'ø', '\u00a0', '\ud83d', '\ude00'};

    @Property(tries = 500)
    void aTextCellFollowsTheRules(@ForAll("texts") String text, @ForAll("delimiters") char delimiter)
            throws IOException {
        assertEquals(referenceCell(text, delimiter), write(delimiter, w -> w.text(text)));
    }

    @Property(tries = 1000)
    void aListCellIsTheCellOfTheJoinedText(@ForAll("lists") List<String> items, @ForAll("delimiters") char delimiter)
            throws IOException {
        String joined = String.join(CsvPlanExporter.LIST_SEPARATOR, items);
        assertEquals(referenceCell(joined, delimiter),
                write(delimiter, w -> w.list(items, CsvPlanExporter.LIST_SEPARATOR)));
    }

    @Property(tries = 300)
    void renderedCellsAreTheCellsWrittenOneByOne(@ForAll("texts") String a, @ForAll("lists") List<String> b,
            @ForAll int n, @ForAll("delimiters") char delimiter) throws IOException {
        CsvRecordWriter.Cells cells = w -> w.number(n).text(a).list(b, "; ");
        CsvRecordWriter.Renderer renderer = new CsvRecordWriter.Renderer(delimiter);
        renderer.render(w -> w.text("something else")); // the renderer is reused
        String rendered = renderer.render(cells);
        assertEquals(write(delimiter, w -> {
            w.text(a);
            cells.write(w);
            w.endRecord();
        }), write(delimiter, w -> w.text(a).rendered(rendered).endRecord()));
    }

    @Property(tries = 500)
    void aDateCellIsTheTextOfTheDate(@ForAll("dates") LocalDate date) throws IOException {
        assertEquals(referenceCell(date.toString(), ','), write(',', w -> w.date(date)));
    }

    @Property(tries = 500)
    void aNumberCellIsItsDecimalText(@ForAll int n) throws IOException {
        assertEquals(Integer.toString(n), write(',', w -> w.number(n)));
    }

    @Test
    void everySinkGetsTheSameCharactersAcrossManyBufferFulls() throws IOException {
        String longText = "Lang tekst; med \"citat\", linjeskift\r\nog æøå 😀 ".repeat(400); // > 4096 chars
        CsvRecordWriter.Cells table = w -> {
            for (int row = 0; row < 300; row++) {
                w.number(row).text(longText.substring(0, row * 37 % longText.length()))
                        .list(List.of("=a", "b", longText), "; ").date(LocalDate.of(2007, 1 + row % 12, 1))
                        .endRecord();
            }
        };
        StringBuilder expected = new StringBuilder();
        for (int row = 0; row < 300; row++) {
            expected.append(row).append(',')
                    .append(referenceCell(longText.substring(0, row * 37 % longText.length()), ',')).append(',')
                    .append(referenceCell(String.join("; ", List.of("=a", "b", longText)), ',')).append(',')
                    .append(LocalDate.of(2007, 1 + row % 12, 1)).append("\r\n");
        }

        StringBuilder builder = new StringBuilder();
        CsvRecordWriter toBuilder = new CsvRecordWriter(builder, ',');
        table.write(toBuilder);
        toBuilder.flush();
        assertEquals(expected.toString(), builder.toString());

        StringWriter writer = new StringWriter();
        CsvRecordWriter toWriter = new CsvRecordWriter(writer, ',');
        table.write(toWriter);
        toWriter.flush();
        assertEquals(expected.toString(), writer.toString());

        StringBuilder behind = new StringBuilder();
        Appendable plain = new Appendable() { // neither a Writer nor a StringBuilder
            @Override
            public Appendable append(CharSequence csq) {
                behind.append(csq);
                return this;
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) {
                behind.append(csq, start, end);
                return this;
            }

            @Override
            public Appendable append(char c) {
                behind.append(c);
                return this;
            }
        };
        CsvRecordWriter toPlain = new CsvRecordWriter(plain, ',');
        table.write(toPlain);
        toPlain.flush();
        assertEquals(expected.toString(), behind.toString());
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';');
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(ALPHABET).ofMinLength(0).ofMaxLength(12);
    }

    @Provide
    Arbitrary<List<String>> lists() {
        return texts().list().ofMinSize(0).ofMaxSize(5);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(-20_000, 1, 1).toEpochDay(),
                LocalDate.of(20_000, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay)
                .edgeCases(c -> c.add(LocalDate.of(999, 12, 31)).add(LocalDate.of(1000, 1, 1))
                        .add(LocalDate.of(9999, 12, 31)).add(LocalDate.of(10_000, 1, 1)));
    }

    private static String write(char delimiter, CsvRecordWriter.Cells cells) throws IOException {
        StringWriter out = new StringWriter();
        CsvRecordWriter w = new CsvRecordWriter(out, delimiter);
        cells.write(w);
        w.flush();
        return out.toString();
    }

    /** A text cell by the package's rules, written the plain way (as the writer did before its shortcuts). */
    private static String referenceCell(String text, char delimiter) {
        boolean neutralise = CsvRecordWriter.startsLikeFormula(text);
        boolean quote = !text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' '
                || text.chars().anyMatch(c -> c == delimiter || c == '"' || c == '\r' || c == '\n' || c == '\t'));
        if (!neutralise && !quote) {
            return text;
        }
        return "\"" + (neutralise ? "'" : "") + text.replace("\"", "\"\"") + "\"";
    }
}
