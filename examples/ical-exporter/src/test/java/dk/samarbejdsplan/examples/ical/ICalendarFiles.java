package dk.samarbejdsplan.examples.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.CooperationPlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * Test helpers: export a plan, check the bytes line by line, and read the result back with ical4j, an
 * iCalendar parser that shares no code with the exporter.
 */
final class ICalendarFiles {

    private ICalendarFiles() {
    }

    /** Exports through the byte-stream method, as the CLI does, and returns the UTF-8 bytes. */
    static byte[] exportBytes(CooperationPlan plan, ExportOptions options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new ICalendarExporter().export(plan, options, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Exports in Danish and returns the text. */
    static String export(CooperationPlan plan) {
        return new String(exportBytes(plan, ExportOptions.defaults()), StandardCharsets.UTF_8);
    }

    /**
     * Splits the output into physical lines and checks RFC 5545 section 3.1 on the bytes: every line ends with
     * CRLF, there is no other CR or LF, no line is longer than 75 octets, and every line is valid UTF-8 on
     * its own (so folding never cut a character in two).
     *
     * @return the physical lines, without their CRLF
     */
    static List<String> checkPhysicalLines(byte[] bytes) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                fail("LF without CR at byte " + i);
            }
            if (bytes[i] == '\r') {
                assertTrue(i + 1 < bytes.length && bytes[i + 1] == '\n', "CR without LF at byte " + i);
                int length = i - start;
                assertTrue(length <= 75, "line " + (lines.size() + 1) + " has " + length + " octets");
                lines.add(decodeStrictly(bytes, start, length, lines.size() + 1));
                i++;
                start = i + 1;
            }
        }
        assertEquals(bytes.length, start, "the last line must end with CRLF");
        return lines;
    }

    private static String decodeStrictly(byte[] bytes, int start, int length, int lineNumber) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, length)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("line " + lineNumber + " is not valid UTF-8 on its own: folding split a"
                    + " character", e);
        }
    }

    /** Parses with ical4j, strictly (no relaxed unfolding, parsing or validation), and validates. */
    static Calendar parse(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            calendar.validate();
            return calendar;
        } catch (IOException | ParserException e) {
            throw new AssertionError("ical4j cannot read the output: " + e.getMessage() + "\n" + ics, e);
        } catch (net.fortuna.ical4j.validate.ValidationException e) {
            throw new AssertionError("ical4j finds the output invalid: " + e.getMessage(), e);
        }
    }

    /** The events of a calendar, in file order. */
    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    /** The value of a property of a calendar or a component as ical4j reads it (TEXT unescaped), if present. */
    static Optional<String> value(PropertyListAccessor component, String propertyName) {
        return component.<Property>getProperty(propertyName).map(Property::getValue);
    }

    /** The value of a required property as ical4j reads it. */
    static String required(PropertyListAccessor component, String propertyName) {
        return value(component, propertyName)
                .orElseThrow(() -> new AssertionError(propertyName + " missing in\n" + component));
    }

    /** The date of a DATE-valued property such as DTSTART. */
    static LocalDate date(VEvent event, String propertyName) {
        Property property = event.<Property>getProperty(propertyName)
                .orElseThrow(() -> new AssertionError(propertyName + " missing in\n" + event));
        Object date = ((DateProperty<?>) property).getDate();
        if (!(date instanceof LocalDate)) {
            throw new AssertionError(propertyName + " is not a DATE but " + date.getClass() + ": " + date);
        }
        return (LocalDate) date;
    }

    /** A text with every line break (CRLF, CR, LF) made LF, the one kind of line break RFC 5545 has. */
    static String withLineFeeds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * What ical4j reads back from a text of the plan that the exporter wrote: {@link #withLineFeeds}, and
     * ical4j, like libical and other readers, drops spaces
     * and tabs at the two ends of a property value (RFC 5545 would keep them; the exporter writes them, see
     * {@code ICalendarExporterTest.spacesAtTheEndsOfATextAreWrittenAsTheyAre}). And one quirk of ical4j 4.1.1's
     * unescaping ({@code PropertyCodec.decode}): it turns {@code \n} into a line break only where no backslash
     * comes before it, so a backslash followed by a line break, written {@code \\\n} as RFC 5545 asks, is read
     * back as two backslashes and an {@code n} (see
     * {@code ICalendarExporterTest.aBackslashBeforeALineBreakIsWrittenAsRfc5545AsksThoughIcal4jReadsItBackWrong}).
     */
    static String asRead(String text) {
        String read = withLineFeeds(text).replace("\\\n", "\\\\n");
        int start = 0;
        int end = read.length();
        while (start < end && (read.charAt(start) == ' ' || read.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (read.charAt(end - 1) == ' ' || read.charAt(end - 1) == '\t')) {
            end--;
        }
        return read.substring(start, end);
    }

    /**
     * The raw values of every property of a name, in file order, unfolded (RFC 5545 section 3.1: a CRLF
     * followed by one space is removed) but not unescaped. For CATEGORIES only: ical4j 4.1.1 reads SUMMARY
     * and the other single texts right, but its list reading ({@code TextList}) takes an escaped backslash
     * followed by an n ({@code \\n}) for a line break before we can see the value.
     */
    static List<String> rawValues(String ics, String propertyName) {
        List<String> values = new ArrayList<>();
        for (String line : ics.replace("\r\n ", "").split("\r\n")) {
            if (line.startsWith(propertyName + ":")) {
                values.add(line.substring(propertyName.length() + 1));
            }
        }
        return values;
    }

    /** Unescapes a TEXT value as RFC 5545 section 3.3.11 says, in one pass; see {@link #rawValues}. */
    static String unescapeText(String value) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                text.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
