package dk.samarbejdsplan.export.csv;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.Language;
import java.util.Locale;
import java.util.Optional;

/**
 * The options of the CSV exporter: the delimiter and whether the file opens with a UTF-8 byte order mark.
 * Line ends are always CRLF (RFC 4180).
 *
 * <p>Give them as typed format options ({@code ExportOptions.builder().formatOptions(CsvOptions.EXCEL_DA)}),
 * or as the string parameters {@value #DELIMITER_PARAMETER} ({@code ,} or {@code ;}) and
 * {@value #BOM_PARAMETER} ({@code true} or {@code false}); typed options win. Without either the exporter
 * uses the default of the output language ({@link #defaultFor(Language)}): {@link #EXCEL_DA} for Danish,
 * {@link #DEFAULT} for English.
 *
 * @param delimiter the cell delimiter, {@code ','} or {@code ';'}
 * @param byteOrderMark whether to write a UTF-8 byte order mark ({@code U+FEFF}) first, which Excel needs to
 *        read the file as UTF-8
 */
public record CsvOptions(char delimiter, boolean byteOrderMark) {

    /** The name of the string parameter for the delimiter: {@value}. */
    public static final String DELIMITER_PARAMETER = "csv.delimiter";

    /** The name of the string parameter for the byte order mark: {@value}. */
    public static final String BOM_PARAMETER = "csv.bom";

    /** RFC 4180 as written: comma, no byte order mark. For open-data portals and programs. */
    public static final CsvOptions DEFAULT = new CsvOptions(',', false);

    /**
     * What Danish Excel expects: semicolon (the comma is the decimal separator in Danish) and a byte order
     * mark (without it Excel reads UTF-8 as Windows-1252 and garbles æ, ø and å).
     */
    public static final CsvOptions EXCEL_DA = new CsvOptions(';', true);

    /**
     * The dialect a publication in a language uses unless told otherwise: {@link #EXCEL_DA} for Danish (the
     * readers open it in Danish Excel), {@link #DEFAULT} (RFC 4180 as written) for English.
     *
     * @param language the output language
     * @return the default options of that language
     */
    public static CsvOptions defaultFor(Language language) {
        return language == Language.DA ? EXCEL_DA : DEFAULT;
    }

    /**
     * Checks the delimiter.
     *
     * @param delimiter the cell delimiter, {@code ','} or {@code ';'}
     * @param byteOrderMark whether to write a UTF-8 byte order mark first
     * @throws IllegalArgumentException ({@code EXP-CSV-002}) if the delimiter is neither {@code ','} nor
     *         {@code ';'}
     */
    public CsvOptions {
        if (delimiter != ',' && delimiter != ';') {
            throw new IllegalArgumentException("EXP-CSV-002: the CSV delimiter must be ',' or ';', not '"
                    + printable(delimiter) + "'");
        }
    }

    /**
     * These options with another delimiter.
     *
     * @param newDelimiter {@code ','} or {@code ';'}
     * @return a copy
     * @throws IllegalArgumentException ({@code EXP-CSV-002}) for another delimiter
     */
    public CsvOptions withDelimiter(char newDelimiter) {
        return new CsvOptions(newDelimiter, byteOrderMark);
    }

    /**
     * These options with or without a byte order mark.
     *
     * @param bom whether to write one
     * @return a copy
     */
    public CsvOptions withByteOrderMark(boolean bom) {
        return new CsvOptions(delimiter, bom);
    }

    /**
     * The CSV options of an export: the typed {@code CsvOptions} if given, else the
     * {@linkplain #defaultFor(Language) default of the output language} changed by the string parameters
     * {@value #DELIMITER_PARAMETER} and {@value #BOM_PARAMETER}.
     *
     * @param options the export options
     * @return the CSV options to use
     * @throws IllegalArgumentException ({@code EXP-CSV-002}, {@code EXP-CSV-003}) if a parameter has a value
     *         that is not allowed; the message names the parameter and the allowed values
     */
    public static CsvOptions from(ExportOptions options) {
        Optional<CsvOptions> typed = options.formatOptions(CsvOptions.class);
        if (typed.isPresent()) {
            return typed.get();
        }
        CsvOptions result = defaultFor(options.language());
        Optional<String> delimiter = options.parameter(DELIMITER_PARAMETER);
        if (delimiter.isPresent()) {
            String d = delimiter.get().strip();
            if (!d.equals(",") && !d.equals(";")) {
                throw new IllegalArgumentException("EXP-CSV-002: parameter " + DELIMITER_PARAMETER
                        + " must be ',' or ';', not '" + delimiter.get() + "'");
            }
            result = result.withDelimiter(d.charAt(0));
        }
        Optional<String> bom = options.parameter(BOM_PARAMETER);
        if (bom.isPresent()) {
            String b = bom.get().strip().toLowerCase(Locale.ROOT);
            if (!b.equals("true") && !b.equals("false")) {
                throw new IllegalArgumentException("EXP-CSV-003: parameter " + BOM_PARAMETER
                        + " must be 'true' or 'false', not '" + bom.get() + "'");
            }
            result = result.withByteOrderMark(b.equals("true"));
        }
        return result;
    }

    private static String printable(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c)
                ? String.format(Locale.ROOT, "U+%04X", (int) c) : String.valueOf(c);
    }
}
