package dk.samarbejdsplan.export.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.export.testkit.ExporterContract;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Helpers for the text tests: the exporter, its output as lines, and text as a sequence of words. */
final class TextExpectations {
    private TextExpectations() {
    }

    /** The contract of the text exporter, which finds it by id. */
    private static final ExporterContract CONTRACT = ExporterContract.forId("text");

    /** The exporter, found by id through ServiceLoader (as {@link ExporterContract} finds it). */
    static PlanExporter exporter() {
        return CONTRACT.exporter();
    }

    /** The output written to an {@link Appendable}; the exporter's exceptions pass through. */
    static String export(dk.samarbejdsplan.model.CooperationPlan plan, ExportOptions options) {
        return CONTRACT.exportToString(plan, options);
    }

    /** The output's lines; asserts that lines end with LF only and the text ends with one LF. */
    static List<String> lines(String text) {
        assertFalse(text.contains("\r"), "no CR: lines end with LF");
        assertTrue(text.endsWith("\n"), "the last line ends with LF");
        assertFalse(text.endsWith("\n\n"), "no blank line at the end");
        assertFalse(text.startsWith("\n"), "no blank line at the start");
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.remove(lines.size() - 1);
        return lines;
    }

    /** Whether a code point separates words: Java white space, and NEL. */
    static boolean separates(int cp) {
        return Character.isWhitespace(cp) || cp == 0x85;
    }

    /** The words of a text: maximal runs of code points that are not white space. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (separates(cp)) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.appendCodePoint(cp);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** The characters the text writes as backslash-u escapes: C0 but tab, CR, LF; DEL and C1; bidi controls. */
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile(
            "[\\x00-\\x08\\x0E-\\x1F\\x7F-\\x84\\x86-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

    /**
     * A plan text as the text shows it, by the documented rule: control characters (other than the line breaks
     * and tab) and bidi controls as backslash-u and four hexadecimal digits.
     */
    static String visible(String text) {
        return CONTROL.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                String.format(java.util.Locale.ROOT, "\\u%04X", (int) m.group().charAt(0))));
    }

    /** The plan text back from the text: every backslash-u escape the exporter wrote made the character again. */
    static String unescape(String text) {
        return java.util.regex.Pattern.compile("\\\\u([0-9A-F]{4})").matcher(text)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    /**
     * Asserts that the words of {@code expected} (a plan text, its control characters shown as the exporter
     * shows them) occur, in order and next to each other, in the output.
     */
    static void assertWordsIn(List<String> outputWords, String expected, String what) {
        List<String> needle = words(visible(expected));
        assertTrue(Collections.indexOfSubList(outputWords, needle) >= 0,
                what + ": the words of «" + expected + "» are in the text");
    }

    /** Every line at most {@code width} code points, unless it is one word; no tab, no CR. */
    static void assertLineWidths(List<String> lines, int width) {
        for (String line : lines) {
            int length = line.codePointCount(0, line.length());
            assertTrue(length <= width || !line.contains(" "),
                    "line of " + length + " > " + width + " code points is a single word: «" + line + "»");
            assertFalse(line.contains("\t"), "no tab: «" + line + "»");
            assertFalse(line.endsWith(" "), "no trailing space: «" + line + "»");
            assertFalse(line.startsWith(" "), "no indentation: «" + line + "»");
        }
    }

    /** The line is a block of its own: a blank line (or the start) before it and a blank line after. */
    static void assertHeading(List<String> lines, String heading) {
        int i = lines.indexOf(heading);
        assertTrue(i >= 0, "heading «" + heading + "» is a line of its own");
        assertTrue(i == 0 || lines.get(i - 1).isEmpty(), "blank line before «" + heading + "»");
        assertTrue(i + 1 < lines.size() && lines.get(i + 1).isEmpty(), "blank line after «" + heading + "»");
        assertEquals(heading, lines.get(i));
    }
}
