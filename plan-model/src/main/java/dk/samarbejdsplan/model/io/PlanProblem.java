package dk.samarbejdsplan.model.io;

import dk.samarbejdsplan.model.Language;
import java.util.Objects;
import java.util.Optional;

/**
 * One reason a plan file could not be read (<i>indlæsningsfejl</i>): a stable code, the place in the file and
 * in the plan, and what was expected, in Danish and English.
 *
 * <p>The codes are stable and documented here; programs may test for them, people may search for them.
 * {@link #message(Language)} gives the whole message, for example
 * {@code samarbejdsplan-2007.yaml:57:20: categories[3].forums[2].frequency: "ca. 4" er ikke et antal møder om
 * året. Skriv fx "4", "Min. 4", ...}.
 *
 * @param code the stable code, for example {@link #BAD_FREQUENCY} ({@code PLAN-READ-013})
 * @param path the plan path of the element concerned ({@code categories[3].forums[2].frequency}, 0-based, record
 *        component names), or {@code ""} for the document as a whole
 * @param location where in the file, if known
 * @param source the file or source name the problem concerns
 * @param detailDa what is wrong and what was expected, in Danish, without place
 * @param detailEn the same in English
 */
public record PlanProblem(String code, String path, Optional<SourceLocation> location, String source,
        String detailDa, String detailEn) {

    /** {@value}: the file does not exist. */
    public static final String FILE_NOT_FOUND = "PLAN-READ-001";
    /** {@value}: the file exists but cannot be read (no access, a folder, an I/O error). */
    public static final String FILE_UNREADABLE = "PLAN-READ-002";
    /** {@value}: the file name does not end in {@code .yaml}, {@code .yml} or {@code .json}. */
    public static final String UNSUPPORTED_FILE_TYPE = "PLAN-READ-003";
    /** {@value}: the document holds nothing (no content, only comments, or only {@code null}). */
    public static final String EMPTY_DOCUMENT = "PLAN-READ-004";
    /** {@value}: the text is not well-formed YAML or JSON; the message has the parser's line and column. */
    public static final String SYNTAX_ERROR = "PLAN-READ-005";
    /** {@value}: the bytes are not UTF-8 (for example a file saved as Windows-1252 or UTF-16). */
    public static final String INVALID_ENCODING = "PLAN-READ-006";
    /** {@value}: a key the format does not have; the message suggests a close one ("did you mean"). */
    public static final String UNKNOWN_KEY = "PLAN-READ-007";
    /** {@value}: the same key twice in one mapping; the message names both lines. */
    public static final String DUPLICATE_KEY = "PLAN-READ-008";
    /** {@value}: a required field is missing or has no value. */
    public static final String MISSING_FIELD = "PLAN-READ-009";
    /** {@value}: a value of the wrong kind (a list where text belongs, text where a list or mapping belongs,
     * text where a number belongs, ...). */
    public static final String WRONG_TYPE = "PLAN-READ-010";
    /** {@value}: a number that is not a whole number or is out of range. */
    public static final String BAD_NUMBER = "PLAN-READ-011";
    /** {@value}: a date that is not an ISO date {@code yyyy-mm-dd}, or no such day. */
    public static final String BAD_DATE = "PLAN-READ-012";
    /** {@value}: a meeting frequency that is none of the accepted forms. */
    public static final String BAD_FREQUENCY = "PLAN-READ-013";
    /** {@value}: a value outside a fixed set (plan status, meeting status). */
    public static final String BAD_ENUM_VALUE = "PLAN-READ-014";
    /** {@value}: a {@code formatVersion} this library does not read. */
    public static final String UNSUPPORTED_FORMAT_VERSION = "PLAN-READ-015";
    /** {@value}: the document is longer than {@link PlanReader#MAX_DOCUMENT_LENGTH} or holds more than
     * {@link PlanReader#MAX_ELEMENTS} elements. */
    public static final String DOCUMENT_TOO_LARGE = "PLAN-READ-016";
    /** {@value}: a text, key or number is longer than the limits of {@link PlanReader}. */
    public static final String VALUE_TOO_LONG = "PLAN-READ-017";
    /** {@value}: lists and mappings nested deeper than {@link PlanReader#MAX_NESTING_DEPTH}. */
    public static final String NESTING_TOO_DEEP = "PLAN-READ-018";
    /** {@value}: too many YAML aliases, or aliases that expand to too much (an "alias bomb"): too many elements
     * ({@link PlanReader#MAX_ALIAS_EXPANSION}) or too many characters of text ({@link PlanReader#MAX_ALIAS_CHARACTERS}). */
    public static final String TOO_MANY_ALIASES = "PLAN-READ-019";
    /** {@value}: a YAML alias ({@code *name}) with no anchor ({@code &name}) before it. */
    public static final String UNKNOWN_ALIAS = "PLAN-READ-020";
    /** {@value}: an explicit YAML tag other than the standard ones ({@code !!str}, {@code !!int}, ...), for
     * example {@code !!java.net.URL}; plan files never construct objects. */
    public static final String TAG_NOT_ALLOWED = "PLAN-READ-021";
    /** {@value}: more than one YAML document ({@code ---}) or more than one JSON value. */
    public static final String MULTIPLE_DOCUMENTS = "PLAN-READ-022";
    /** {@value}: more problems than are listed ({@link PlanReader#MAX_PROBLEMS}); their number is given. */
    public static final String TOO_MANY_PROBLEMS = "PLAN-READ-023";

    /** Checks for {@code null}. */
    public PlanProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        location = Objects.requireNonNullElse(location, Optional.empty());
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(detailDa, "detailDa");
        Objects.requireNonNull(detailEn, "detailEn");
    }

    /**
     * What is wrong and what was expected, without the place.
     *
     * @param language Danish or English
     * @return the detail text
     */
    public String detail(Language language) {
        return language == Language.EN ? detailEn : detailDa;
    }

    /**
     * The whole message: {@code file:line:column: path: detail}. The location is left out when unknown (the
     * source name is given instead) and the path when the problem concerns the whole document.
     *
     * @param language Danish or English
     * @return the message, one line
     */
    public String message(Language language) {
        StringBuilder message = new StringBuilder();
        String place = location.map(SourceLocation::toString).orElse(source);
        if (!place.isEmpty()) {
            message.append(place).append(": ");
        }
        if (!path.isEmpty()) {
            message.append(path).append(": ");
        }
        return message.append(detail(language)).toString();
    }

    /** @return the code and the Danish message */
    @Override
    public String toString() {
        return code + " " + message(Language.DA);
    }
}
