package dk.samarbejdsplan.model.io.internal;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.EndedForum;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.FrequencyFormatException;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import dk.samarbejdsplan.model.io.PlanProblem;
import java.math.BigInteger;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Maps a document ({@link Node} views of a {@link Tree}) to a {@link CooperationPlan}, reporting every problem it finds in one pass, each
 * with its plan path and where it was written. Not thread-safe (one per read).
 */
public final class PlanMapper {
    /** The format version this library reads and writes. */
    public static final int FORMAT_VERSION = 1;

    /** The keys of each mapping of the format, in the order they are written. */
    public static final List<String> PLAN_KEYS = List.of("formatVersion", "district", "year", "edition", "status",
            "discussedInDistrictCouncil", "legalBasis", "title", "subtitle", "sections", "categories", "endedForums");
    /** Keys of {@code district}. */
    public static final List<String> DISTRICT_KEYS = List.of("name", "code");
    /** Keys of a section. */
    public static final List<String> SECTION_KEYS = List.of("title", "paragraphs");
    /** Keys of a category. */
    public static final List<String> CATEGORY_KEYS = List.of("id", "number", "title", "forums");
    /** Keys of a forum. */
    public static final List<String> FORUM_KEYS = List.of("id", "name", "topic", "representatives", "frequency",
            "termsOfReference", "goals", "actionPlan", "interfaces", "notes", "localUnits");
    /** Keys of a local unit. */
    public static final List<String> LOCAL_UNIT_KEYS = List.of("municipality", "meetings", "actionPlan");
    /** Keys of a municipality. */
    public static final List<String> MUNICIPALITY_KEYS = List.of("code", "name");
    /** Keys of an ended forum. */
    public static final List<String> ENDED_FORUM_KEYS = List.of("id", "reason");
    /** Keys of a meeting written as a mapping. */
    public static final List<String> MEETING_KEYS = List.of("date", "status");

    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+");

    /** What a value should have been, for messages. */
    enum Expect {
        TEXT("en tekst", "a text"),
        LIST("en liste", "a list"),
        MAPPING("nøgler med værdier (en YAML-mapping eller et JSON-objekt)",
                "keys with values (a YAML mapping or a JSON object)"),
        WHOLE_NUMBER("et helt tal", "a whole number"),
        DATE("en dato skrevet åååå-mm-dd, fx 2007-10-26", "a date written yyyy-mm-dd, e.g. 2007-10-26"),
        FREQUENCY("et antal møder om året, fx \"Min. 4\"", "a number of meetings a year, e.g. \"Min. 4\""),
        MEETING("en dato (åååå-mm-dd) eller nøglerne date og status",
                "a date (yyyy-mm-dd) or the keys date and status"),
        PLAN_STATUS("draft eller adopted", "draft or adopted"),
        MEETING_STATUS("planned eller held", "planned or held");

        final String da;
        final String en;

        Expect(String da, String en) {
            this.da = da;
            this.en = en;
        }
    }

    private final ReadProblems problems;
    /*
     * The value mappers used at many places, made once: every method reference in the source is a call site
     * of its own, which spins a class of its own the first time it runs (21 for text alone, a few ms of a
     * first read in a fresh JVM), and makes an object each time it runs.
     */
    private final BiFunction<Node, String, String> asText = this::text;
    private final BiFunction<Node, String, Integer> asWholeNumber = this::wholeNumber;
    private final BiFunction<Node, String, LocalDate> asDate = this::date;

    /**
     * @param problems where to report
     */
    public PlanMapper(ReadProblems problems) {
        this.problems = problems;
    }

    /**
     * Maps the document.
     *
     * @param root the document's root
     * @return the plan, or empty if there were problems (they are in the collector)
     */
    public Optional<CooperationPlan> map(Node root) {
        int mark = problems.count();
        if (!(root instanceof Node.MapNode map)) {
            wrongType("", root, Expect.MAPPING);
            return Optional.empty();
        }
        Node.Entry version = map.entries().get("formatVersion");
        if (version != null && !isNull(version.value())) {
            Integer v = wholeNumber(version.value(), "formatVersion");
            if (v != null && v != FORMAT_VERSION) {
                problems.add(PlanProblem.UNSUPPORTED_FORMAT_VERSION, "formatVersion", version.value().location(),
                        "formatVersion " + v + " kan ikke læses; dette program læser formatVersion " + FORMAT_VERSION
                                + (v > FORMAT_VERSION ? " (filen er skrevet af en nyere version, opdatér programmet)"
                                        : ""),
                        "formatVersion " + v + " cannot be read; this program reads formatVersion " + FORMAT_VERSION
                                + (v > FORMAT_VERSION ? " (the file was written by a newer version, update the program)"
                                        : ""));
                return Optional.empty();
            }
        }
        Fields f = new Fields(map, "", PLAN_KEYS);
        PoliceDistrict district = f.required("district", Expect.MAPPING, this::district);
        Integer year = f.required("year", Expect.WHOLE_NUMBER, asWholeNumber);
        Integer edition = f.optional("edition", asWholeNumber);
        PlanStatus status = f.optional("status", (n, p) -> enumValue(n, p, PlanStatus.class, Expect.PLAN_STATUS,
                "status", "status"));
        LocalDate discussed = f.optional("discussedInDistrictCouncil", asDate);
        String legalBasis = f.optional("legalBasis", asText);
        String title = f.optional("title", asText);
        String subtitle = f.optional("subtitle", asText);
        List<Section> sections = f.list("sections", this::section);
        List<Category> categories = f.list("categories", this::category);
        List<EndedForum> endedForums = f.list("endedForums", this::endedForum);
        if (problems.count() != mark) {
            return Optional.empty();
        }
        CooperationPlan.Builder builder = CooperationPlan.builder().district(district).year(year)
                .edition(edition == null ? 1 : edition).status(status == null ? PlanStatus.DRAFT : status)
                .discussedInDistrictCouncil(discussed).title(title).subtitle(subtitle).sections(sections)
                .categories(categories).endedForums(endedForums);
        if (legalBasis != null) {
            builder.legalBasis(legalBasis);
        }
        return Optional.of(builder.build());
    }

    private PoliceDistrict district(Node node, String path) {
        Fields f = fields(node, path, DISTRICT_KEYS);
        String name = f.required("name", Expect.TEXT, asText);
        String code = f.optional("code", asText);
        return f.ok() ? new PoliceDistrict(name, Optional.ofNullable(code)) : null;
    }

    private Section section(Node node, String path) {
        Fields f = fields(node, path, SECTION_KEYS);
        String title = f.required("title", Expect.TEXT, asText);
        List<String> paragraphs = f.list("paragraphs", asText);
        return f.ok() ? new Section(title, paragraphs) : null;
    }

    private Category category(Node node, String path, int index) {
        Fields f = fields(node, path, CATEGORY_KEYS);
        String id = f.required("id", Expect.TEXT, asText);
        Integer number = f.optional("number", asWholeNumber);
        String title = f.required("title", Expect.TEXT, asText);
        List<Forum> forums = f.list("forums", this::forum);
        return f.ok() ? new Category(id, number == null ? index + 1 : number, title, forums) : null;
    }

    private Category category(Node node, String path) {
        return category(node, path, indexOf(path));
    }

    private Forum forum(Node node, String path) {
        Fields f = fields(node, path, FORUM_KEYS);
        String id = f.required("id", Expect.TEXT, asText);
        String name = f.required("name", Expect.TEXT, asText);
        String topic = f.required("topic", Expect.TEXT, asText);
        List<String> representatives = f.list("representatives", asText);
        MeetingFrequency frequency = f.required("frequency", Expect.FREQUENCY, this::frequency);
        String termsOfReference = f.optional("termsOfReference", asText);
        List<String> goals = f.list("goals", asText);
        String actionPlan = f.optional("actionPlan", asText);
        List<String> interfaces = f.list("interfaces", asText);
        List<String> notes = f.list("notes", asText);
        List<LocalUnit> localUnits = f.list("localUnits", this::localUnit);
        if (!f.ok()) {
            return null;
        }
        return new Forum(id, name, topic, representatives, frequency, Optional.ofNullable(termsOfReference), goals,
                Optional.ofNullable(actionPlan), interfaces, notes, localUnits);
    }

    private EndedForum endedForum(Node node, String path) {
        return twoTexts(node, path, ENDED_FORUM_KEYS, EndedForum::new);
    }

    private LocalUnit localUnit(Node node, String path) {
        Fields f = fields(node, path, LOCAL_UNIT_KEYS);
        Municipality municipality = f.required("municipality", Expect.MAPPING, this::municipality);
        List<Meeting> meetings = f.list("meetings", this::meeting);
        String actionPlan = f.optional("actionPlan", asText);
        return f.ok() ? new LocalUnit(municipality, meetings, Optional.ofNullable(actionPlan)) : null;
    }

    private Municipality municipality(Node node, String path) {
        return twoTexts(node, path, MUNICIPALITY_KEYS, Municipality::new);
    }

    /** A record of two required texts, made from them in the order of its two keys (an ended forum, a municipality). */
    private <T> T twoTexts(Node node, String path, List<String> keys, BiFunction<String, String, T> make) {
        Fields f = fields(node, path, keys);
        String first = f.required(keys.get(0), Expect.TEXT, asText);
        String second = f.required(keys.get(1), Expect.TEXT, asText);
        return f.ok() ? make.apply(first, second) : null;
    }

    private Meeting meeting(Node node, String path) {
        if (node instanceof Node.ScalarNode) {
            // a bare date: the meeting and its date are written at the same place
            LocalDate date = date(node, path + ".date");
            return date == null ? null : Meeting.on(date);
        }
        if (!(node instanceof Node.MapNode)) {
            wrongType(path, node, Expect.MEETING);
            return null;
        }
        Fields f = fields(node, path, MEETING_KEYS);
        LocalDate date = f.required("date", Expect.DATE, asDate);
        MeetingStatus status = f.optional("status", (n, p) -> enumValue(n, p, MeetingStatus.class,
                Expect.MEETING_STATUS, "mødestatus", "meeting status"));
        return f.ok() ? new Meeting(date, Optional.ofNullable(status)) : null;
    }

    // ---- scalars ------------------------------------------------------------------------------------------

    private String text(Node node, String path) {
        if (node instanceof Node.ScalarNode s && s.type() != Node.ScalarType.NULL) {
            return s.text();
        }
        wrongType(path, node, Expect.TEXT);
        return null;
    }

    private Integer wholeNumber(Node node, String path) {
        if (!(node instanceof Node.ScalarNode s)
                || (s.type() != Node.ScalarType.INTEGER && s.type() != Node.ScalarType.FLOAT)) {
            wrongType(path, node, Expect.WHOLE_NUMBER);
            return null;
        }
        String text = s.text().strip();
        if (s.type() == Node.ScalarType.INTEGER && isShortDecimal(text)) {
            // at most 9 digits: fits an int, no regex and no BigInteger
            return Integer.parseInt(text);
        }
        if (s.type() == Node.ScalarType.INTEGER && DECIMAL.matcher(text).matches()) {
            BigInteger value = new BigInteger(text);
            if (value.bitLength() < 32) {
                return value.intValue();
            }
            problems.add(PlanProblem.BAD_NUMBER, path, s.location(),
                    "tallet " + Texts.quote(text) + " er for stort (eller for lille); forventede " + Expect.WHOLE_NUMBER.da
                            + " mellem " + Integer.MIN_VALUE + " og " + Integer.MAX_VALUE,
                    "the number " + Texts.quote(text) + " is too large (or too small); expected " + Expect.WHOLE_NUMBER.en
                            + " between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
            return null;
        }
        problems.add(PlanProblem.BAD_NUMBER, path, s.location(),
                Texts.quote(text) + " er ikke et helt tal; skriv tallet med cifrene 0-9, fx 2007",
                Texts.quote(text) + " is not a whole number; write it with the digits 0-9, e.g. 2007");
        return null;
    }

    private LocalDate date(Node node, String path) {
        if (!(node instanceof Node.ScalarNode s) || s.type() == Node.ScalarType.NULL) {
            wrongType(path, node, Expect.DATE);
            return null;
        }
        String text = s.text().strip();
        ParsePosition end = new ParsePosition(0);
        if (DateTimeFormatter.ISO_LOCAL_DATE.parseUnresolved(text, end) != null && end.getErrorIndex() < 0
                && end.getIndex() == text.length()) {
            try {
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE); // strict: no 30 February
            } catch (DateTimeException e) {
                problems.add(PlanProblem.BAD_DATE, path, s.location(),
                        Texts.quote(text) + " er ikke en dato, der findes; forventede " + Expect.DATE.da,
                        Texts.quote(text) + " is not a date that exists; expected " + Expect.DATE.en);
                return null;
            }
        }
        problems.add(PlanProblem.BAD_DATE, path, s.location(),
                Texts.quote(s.text()) + " er ikke en dato; forventede " + Expect.DATE.da,
                Texts.quote(s.text()) + " is not a date; expected " + Expect.DATE.en);
        return null;
    }

    private MeetingFrequency frequency(Node node, String path) {
        if (!(node instanceof Node.ScalarNode s) || s.type() == Node.ScalarType.NULL) {
            wrongType(path, node, Expect.FREQUENCY);
            return null;
        }
        try {
            return MeetingFrequency.parse(s.text());
        } catch (FrequencyFormatException e) {
            problems.add(PlanProblem.BAD_FREQUENCY, path, s.location(), e.message(Language.DA),
                    e.message(Language.EN));
            return null;
        }
    }

    private <E extends Enum<E>> E enumValue(Node node, String path, Class<E> type, Expect expect, String nameDa,
            String nameEn) {
        if (!(node instanceof Node.ScalarNode s) || s.type() == Node.ScalarType.NULL) {
            wrongType(path, node, expect);
            return null;
        }
        String wanted = s.text().strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        problems.add(PlanProblem.BAD_ENUM_VALUE, path, s.location(),
                Texts.quote(s.text()) + " er ikke en gyldig " + nameDa + "; skriv " + expect.da,
                Texts.quote(s.text()) + " is not a valid " + nameEn + "; write " + expect.en);
        return null;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** The fields of a mapping; for a node that is not one, reports that and gives fields that hold nothing. */
    private Fields fields(Node node, String path, List<String> keys) {
        if (node instanceof Node.MapNode map) {
            return new Fields(map, path, keys);
        }
        wrongType(path, node, Expect.MAPPING);
        return new Fields(null, path, List.of());
    }

    private void wrongType(String path, Node node, Expect expected) {
        problems.add(PlanProblem.WRONG_TYPE, path, node.location(),
                "forventede " + expected.da + ", men fandt " + Texts.found(node, Language.DA),
                "expected " + expected.en + ", found " + Texts.found(node, Language.EN));
    }

    /** Whether the text is an optional sign and 1 to 9 ASCII digits (a part of what {@code DECIMAL} matches). */
    static boolean isShortDecimal(String text) {
        int start = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > 9) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isNull(Node node) {
        return node instanceof Node.ScalarNode s && s.type() == Node.ScalarType.NULL;
    }

    private static int indexOf(String path) {
        int open = path.lastIndexOf('[');
        return Integer.parseInt(path.substring(open + 1, path.length() - 1));
    }

    /**
     * The entries of one mapping: reports unknown keys on creation, then hands out values, and says whether a
     * problem was found since it was made. Without a mapping (null: the node was not one) it holds nothing and
     * reports nothing missing.
     */
    private final class Fields {
        /** The count of problems before these fields were read. */
        private final int mark = problems.count();
        private final Node.MapNode map;
        private final Map<String, Node.Entry> entries;
        private final String path;
        private final Set<String> suggested = new HashSet<>();

        Fields(Node.MapNode map, String path, List<String> allowed) {
            this.map = map;
            this.entries = map == null ? Map.of() : map.entries();
            this.path = path;
            for (Node.Entry entry : entries.values()) {
                if (!allowed.contains(entry.key())) {
                    Optional<String> suggestion = Suggestions.closest(entry.key(), allowed);
                    suggestion.ifPresent(suggested::add);
                    String list = String.join(", ", allowed);
                    problems.add(PlanProblem.UNKNOWN_KEY, child(entry.key()), entry.keyLocation(),
                            "ukendt nøgle " + Texts.quote(entry.key()) + "."
                                    + suggestion.map(s -> " Mente du \"" + s + "\"?").orElse("")
                                    + " Tilladte nøgler her: " + list,
                            "unknown key " + Texts.quote(entry.key()) + "."
                                    + suggestion.map(s -> " Did you mean \"" + s + "\"?").orElse("")
                                    + " Allowed keys here: " + list);
                }
            }
        }

        /** Whether there was a mapping and no problem was found since these fields were made. */
        boolean ok() {
            return map != null && problems.count() == mark;
        }

        String child(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        <T> T required(String key, Expect expect, BiFunction<Node, String, T> mapper) {
            Node.Entry entry = entries.get(key);
            if (entry == null) {
                if (map != null && !suggested.contains(key)) {
                    problems.add(PlanProblem.MISSING_FIELD, child(key), map.location(),
                            "feltet \"" + key + "\" mangler; det skal udfyldes med " + expect.da,
                            "the field \"" + key + "\" is missing; it must hold " + expect.en);
                }
                return null;
            }
            Node value = entry.value();
            if (value instanceof Node.ScalarNode s && s.type() == Node.ScalarType.NULL) {
                problems.add(PlanProblem.MISSING_FIELD, child(key), value.location(),
                        "feltet \"" + key + "\" har ingen værdi; det skal udfyldes med " + expect.da,
                        "the field \"" + key + "\" has no value; it must hold " + expect.en);
                return null;
            }
            return mapper.apply(value, child(key));
        }

        <T> T optional(String key, BiFunction<Node, String, T> mapper) {
            Node.Entry entry = entries.get(key);
            if (entry == null) {
                return null;
            }
            if (entry.value() instanceof Node.ScalarNode s && s.type() == Node.ScalarType.NULL) {
                return null;
            }
            return mapper.apply(entry.value(), child(key));
        }

        <T> List<T> list(String key, BiFunction<Node, String, T> itemMapper) {
            Node.Entry entry = entries.get(key);
            if (entry == null) {
                return List.of();
            }
            String listPath = child(key);
            Node value = entry.value();
            if (value instanceof Node.ScalarNode s && s.type() == Node.ScalarType.NULL) {
                return List.of();
            }
            if (!(value instanceof Node.ListNode list)) {
                wrongType(listPath, value, Expect.LIST);
                return List.of();
            }
            List<T> items = new ArrayList<>(list.items().size());
            for (int i = 0; i < list.items().size(); i++) {
                T item = itemMapper.apply(list.items().get(i), listPath + "[" + i + "]");
                if (item != null) {
                    items.add(item);
                }
            }
            return items;
        }
    }
}
