package dk.samarbejdsplan.validation.internal;

import dk.samarbejdsplan.validation.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every validation rule, with its stable code and severity. The code is also the key of the rule's message in
 * the message bundles ({@code ValidationMessages.properties}, {@code ValidationMessages_da.properties}), and a
 * constraint's message template is the code in braces, so a constraint violation maps back to its rule.
 *
 * <p>{@code plan-validation/RULES.md} documents the same table; a test keeps the two in step.
 */
public enum Rule {
    // --- the plan --------------------------------------------------------------------------------------
    /** The police district's name is blank. */
    DISTRICT_NAME_MISSING("VAL-001", Severity.ERROR),
    /** The police district's DAGI code is not four digits. */
    DISTRICT_CODE_FORMAT("VAL-002", Severity.ERROR),
    /** The plan year is missing (0). */
    YEAR_MISSING("VAL-003", Severity.ERROR),
    /** The plan year is before 2007. */
    YEAR_TOO_EARLY("VAL-004", Severity.ERROR),
    /** The plan year is more than one year ahead of the current year. */
    YEAR_TOO_FAR_AHEAD("VAL-005", Severity.ERROR),
    /** The edition is less than 1. */
    EDITION_INVALID("VAL-006", Severity.ERROR),
    /** The title is blank. */
    TITLE_MISSING("VAL-007", Severity.ERROR),
    /** The legal basis is blank. */
    LEGAL_BASIS_MISSING("VAL-008", Severity.ERROR),
    /** An adopted plan has no date of its discussion in the kredsråd. */
    ADOPTED_WITHOUT_COUNCIL_DATE("VAL-009", Severity.WARNING),
    /** The plan has no categories. */
    NO_CATEGORIES("VAL-010", Severity.ERROR),
    /** A section's heading is blank. */
    SECTION_TITLE_MISSING("VAL-011", Severity.ERROR),
    /** An optional text (subtitle, paragraph, terms of reference, goal, action plan, note) is present but blank. */
    EMPTY_TEXT("VAL-012", Severity.WARNING),
    /** A text holds a raw character: a control character or a bidirectional override or isolate. */
    RAW_CHARACTER("VAL-013", Severity.ERROR),

    // --- categories ------------------------------------------------------------------------------------
    /** A category's id is blank. */
    CATEGORY_ID_MISSING("VAL-101", Severity.ERROR),
    /** A category's id is not a slug. */
    CATEGORY_ID_FORMAT("VAL-102", Severity.ERROR),
    /** Two categories have the same id. */
    CATEGORY_ID_DUPLICATE("VAL-103", Severity.ERROR),
    /** A category's title is blank. */
    CATEGORY_TITLE_MISSING("VAL-104", Severity.ERROR),
    /** Two categories have the same number. */
    CATEGORY_NUMBER_DUPLICATE("VAL-105", Severity.ERROR),
    /** The category numbers do not run 1, 2, 3, … in order. */
    CATEGORY_NUMBER_ORDER("VAL-106", Severity.ERROR),
    /** A category has no forums. */
    CATEGORY_EMPTY("VAL-107", Severity.WARNING),

    // --- forums ----------------------------------------------------------------------------------------
    /** A forum's id is blank. */
    FORUM_ID_MISSING("VAL-201", Severity.ERROR),
    /** A forum's id is not a slug. */
    FORUM_ID_FORMAT("VAL-202", Severity.ERROR),
    /** Two forums have the same id. */
    FORUM_ID_DUPLICATE("VAL-203", Severity.ERROR),
    /** A forum's name is blank. */
    FORUM_NAME_MISSING("VAL-204", Severity.ERROR),
    /** A forum's topic is blank. */
    FORUM_TOPIC_MISSING("VAL-205", Severity.ERROR),
    /** A forum has no representatives. */
    REPRESENTATIVES_MISSING("VAL-206", Severity.ERROR),
    /** One of a forum's representatives is blank. */
    REPRESENTATIVE_BLANK("VAL-207", Severity.ERROR),
    /** Two forums have the same name. */
    FORUM_NAME_DUPLICATE("VAL-208", Severity.WARNING),
    /** An interface refers to a forum id that no forum of the plan has. */
    INTERFACE_UNKNOWN("VAL-209", Severity.ERROR),
    /** An interface refers to the forum itself. */
    INTERFACE_SELF("VAL-210", Severity.WARNING),
    /** The same interface is listed twice in a forum. */
    INTERFACE_DUPLICATE("VAL-211", Severity.WARNING),

    // --- meeting frequency -----------------------------------------------------------------------------
    /** A count of meetings a year is outside 1–366. */
    FREQUENCY_COUNT_RANGE("VAL-301", Severity.ERROR),
    /** A range of meetings a year has its least number above its greatest. */
    FREQUENCY_RANGE_ORDER("VAL-302", Severity.ERROR),
    /** A year-specific count names another year than the plan's. */
    FREQUENCY_YEAR_MISMATCH("VAL-303", Severity.ERROR),

    // --- local units and their meetings ----------------------------------------------------------------
    /** A local unit's municipality has no name. */
    MUNICIPALITY_NAME_MISSING("VAL-401", Severity.ERROR),
    /** A municipality code is not three digits. */
    MUNICIPALITY_CODE_FORMAT("VAL-402", Severity.ERROR),
    /** Two local units of one forum have the same municipality code. */
    MUNICIPALITY_CODE_DUPLICATE("VAL-403", Severity.ERROR),
    /** A dated meeting falls outside the plan year. */
    MEETING_OUTSIDE_YEAR("VAL-404", Severity.ERROR),
    /** A local unit's meetings are not in date order. */
    MEETINGS_OUT_OF_ORDER("VAL-405", Severity.WARNING),
    /** A local unit lists the same meeting date twice. */
    MEETING_DUPLICATE("VAL-406", Severity.WARNING),
    /** A local unit has fewer dated meetings in the plan year than the forum's frequency declares. */
    FEWER_MEETINGS_THAN_DECLARED("VAL-407", Severity.WARNING),
    /** A local unit has more dated meetings in the plan year than the forum's frequency allows. */
    MORE_MEETINGS_THAN_DECLARED("VAL-408", Severity.WARNING),
    /** A meeting marked as held lies after today. */
    MEETING_HELD_IN_FUTURE("VAL-409", Severity.WARNING),

    // --- across the years (HistoryValidator, not the single-plan validator) -------------------------------
    /** A plan of the history is of another police district than the others. */
    HISTORY_DISTRICT_MISMATCH("VAL-501", Severity.ERROR),
    /** Two plans of the history have the same year and edition. */
    HISTORY_EDITION_DUPLICATE("VAL-502", Severity.ERROR),
    /** A year's edition numbers have a gap (or do not start at 1). */
    HISTORY_EDITION_GAP("VAL-503", Severity.WARNING),
    /** A year is missing between two plans of the history. */
    HISTORY_YEAR_MISSING("VAL-504", Severity.WARNING),
    /** A forum keeps last year's id but both its name and its topic changed completely. */
    HISTORY_FORUM_ID_REUSED("VAL-505", Severity.WARNING),
    /** A forum of last year's current edition is gone without being recorded as ended. */
    HISTORY_FORUM_GONE("VAL-506", Severity.WARNING),
    /** A text still names last year's plan year ("i 2007", "Samarbejdsplanen for 2007"). */
    HISTORY_LAST_YEAR_TEXT("VAL-507", Severity.WARNING),
    /** An ended forum is not a forum of last year's plan. */
    HISTORY_ENDED_UNKNOWN("VAL-508", Severity.WARNING),
    /** An ended forum is still a forum of the plan. */
    HISTORY_ENDED_STILL_PRESENT("VAL-509", Severity.WARNING);

    private static final Map<String, Rule> BY_CODE =
            Stream.of(values()).collect(Collectors.toUnmodifiableMap(Rule::code, Function.identity()));

    private final String code;
    private final Severity severity;

    Rule(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    /** @return the stable code, for example {@code VAL-206} */
    public String code() {
        return code;
    }

    /** @return the severity */
    public Severity severity() {
        return severity;
    }

    /** @return the message template of a constraint reporting this rule: the code in braces */
    public String template() {
        return "{" + code + "}";
    }

    /**
     * The rule a message template names.
     *
     * @param template a template such as {@code {VAL-206}}
     * @return the rule, if the template is one of ours
     */
    public static Optional<Rule> fromTemplate(String template) {
        if (template == null || template.length() < 3 || template.charAt(0) != '{'
                || template.charAt(template.length() - 1) != '}') {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_CODE.get(template.substring(1, template.length() - 1)));
    }

    /**
     * The rule with a code.
     *
     * @param code a code such as {@code VAL-206}
     * @return the rule, if any
     */
    public static Optional<Rule> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
