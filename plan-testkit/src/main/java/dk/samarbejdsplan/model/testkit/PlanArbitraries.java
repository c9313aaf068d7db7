package dk.samarbejdsplan.model.testkit;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.PlanText;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for cooperation plans (<i>samarbejdsplaner</i>) and their parts, for property tests of
 * exporters, readers and writers.
 *
 * <p>{@link #plans()} gives <em>valid-shaped</em> plans: every required field set, category and forum ids
 * unique lowercase slugs ({@code [a-z0-9]+(-[a-z0-9]+)*}), categories numbered 1, 2, 3, ... by position,
 * {@link Forum#interfaces() interfaces} naming other forums of the same plan, meeting counts 1–366 and ranges
 * with min &lt; max, local units with unique three-digit municipality codes, meeting dates inside the plan
 * year in date order, and every optional field sometimes empty. Every text comes from {@link #texts()}: hostile
 * but legal Unicode (see there).
 *
 * <p>Use it in a property:
 * <pre>{@code
 * @Property(tries = 200)
 * void exportNeverFails(@ForAll("plans") CooperationPlan plan) throws IOException {
 *     exporter.export(plan, ExportOptions.defaults(), new StringBuilder());
 * }
 *
 * @Provide
 * Arbitrary<CooperationPlan> plans() {
 *     return PlanArbitraries.plans();
 * }
 * }</pre>
 *
 * <p>For large deterministic plans (benchmarks) use {@link SyntheticPlans#ofSize(int, long)}.
 */
public final class PlanArbitraries {

    /** The years plans are generated for. */
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;
    /** A leap year: parts are generated for it and then moved into the plan year. */
    private static final int TEMPLATE_YEAR = 2000;

    private PlanArbitraries() {
    }

    // ------------------------------------------------------------------------------------------------ plans

    /**
     * Valid-shaped plans with 0–4 sections and 0–5 categories of 0–6 forums each.
     *
     * @return an arbitrary of plans
     */
    public static Arbitrary<CooperationPlan> plans() {
        return plans(5, 6);
    }

    /**
     * Valid-shaped plans of a bounded size.
     *
     * @param maxCategories the most categories (0 or more)
     * @param maxForumsPerCategory the most forums in one category (0 or more)
     * @return an arbitrary of plans
     */
    public static Arbitrary<CooperationPlan> plans(int maxCategories, int maxForumsPerCategory) {
        // generated in a leap template year and moved to the plan year in normalize(): no flatMap, so
        // generation is cheap and shrinking works across the whole plan
        Arbitrary<Category> category = Combinators
                .combine(slugs(), texts(),
                        forumsInTemplateYear().list().ofMinSize(0).ofMaxSize(maxForumsPerCategory))
                .as((id, title, forums) -> new Category(id, 1, title, forums));
        return Builders.withBuilder(CooperationPlan::builder)
                .use(years()).in(CooperationPlan.Builder::year)
                .use(districts()).in(CooperationPlan.Builder::district)
                .use(Arbitraries.integers().between(1, 9).edgeCases(c -> c.add(1))).in(CooperationPlan.Builder::edition)
                .use(Arbitraries.of(PlanStatus.class)).in(CooperationPlan.Builder::status)
                .use(dates(TEMPLATE_YEAR).optional(0.5)).in((b, d) -> b.discussedInDistrictCouncil(d.orElse(null)))
                .use(Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.just("Retsplejelovens § 113")),
                        Tuple.of(1, texts()))).in(CooperationPlan.Builder::legalBasis)
                .use(texts().optional(0.7)).in((b, t) -> b.title(t.orElse(null)))
                .use(texts().optional(0.5)).in((b, s) -> b.subtitle(s.orElse(null)))
                .use(sections().list().ofMinSize(0).ofMaxSize(4)).in(CooperationPlan.Builder::sections)
                .use(category.list().ofMinSize(0).ofMaxSize(maxCategories)).in(CooperationPlan.Builder::categories)
                .build(b -> normalize(b.build()));
    }

    /**
     * Makes a generated plan valid-shaped: moves the template-year dates and year counts into the plan year,
     * numbers categories by position, makes category and forum ids unique (appending {@code -2}, {@code -3},
     * ...) and points every interface at another forum of the plan.
     */
    static CooperationPlan normalize(CooperationPlan plan) {
        int year = plan.year();
        Set<String> categoryIds = new HashSet<>();
        Set<String> forumIds = new HashSet<>();
        List<Category> categories = new ArrayList<>();
        List<String> allForumIds = new ArrayList<>();
        for (Category c : plan.categories()) {
            List<Forum> forums = new ArrayList<>();
            for (Forum f : c.forums()) {
                String id = unique(f.id(), forumIds);
                allForumIds.add(id);
                forums.add(inYear(f, year).toBuilder().id(id).build());
            }
            categories.add(new Category(unique(c.id(), categoryIds), categories.size() + 1, c.title(), forums));
        }
        int n = allForumIds.size();
        List<Category> linked = new ArrayList<>();
        for (Category c : categories) {
            List<Forum> forums = new ArrayList<>();
            for (Forum f : c.forums()) {
                Set<String> targets = new LinkedHashSet<>();
                if (n > 1) {
                    for (String wanted : f.interfaces()) {
                        int i = Math.floorMod(wanted.hashCode(), n);
                        String target = allForumIds.get(i);
                        if (target.equals(f.id())) {
                            target = allForumIds.get((i + 1) % n);
                        }
                        targets.add(target);
                    }
                }
                forums.add(f.toBuilder().interfaces(List.copyOf(targets)).build());
            }
            linked.add(c.withForums(forums));
        }
        return plan.toBuilder()
                .discussedInDistrictCouncil(plan.discussedInDistrictCouncil().map(d -> inYear(d, year)).orElse(null))
                .categories(linked)
                .build();
    }

    /** The same day of the year in another year (31 December for day 366 of a leap year). */
    private static LocalDate inYear(LocalDate date, int year) {
        return LocalDate.ofYearDay(year, Math.min(date.getDayOfYear(), Year.of(year).length()));
    }

    /** A forum generated for the template year, moved to another year. */
    static Forum inYear(Forum forum, int year) {
        if (year == TEMPLATE_YEAR) {
            return forum;
        }
        List<LocalUnit> units = new ArrayList<>();
        for (LocalUnit u : forum.localUnits()) {
            TreeMap<LocalDate, Meeting> meetings = new TreeMap<>();
            for (Meeting m : u.meetings()) {
                LocalDate d = inYear(m.date(), year);
                meetings.putIfAbsent(d, new Meeting(d, m.status()));
            }
            units.add(new LocalUnit(u.municipality(), List.copyOf(meetings.values()), u.actionPlan()));
        }
        return forum.toBuilder().frequency(inYear(forum.frequency(), year)).localUnits(units).build();
    }

    private static MeetingFrequency inYear(MeetingFrequency f, int year) {
        Optional<MeetingFrequency.YearCount> y = f.yearCount()
                .map(c -> new MeetingFrequency.YearCount(c.count(), year));
        if (f instanceof MeetingFrequency.Exactly e) {
            return new MeetingFrequency.Exactly(e.count(), y);
        } else if (f instanceof MeetingFrequency.AtLeast a) {
            return new MeetingFrequency.AtLeast(a.count(), y);
        } else if (f instanceof MeetingFrequency.Between b) {
            return new MeetingFrequency.Between(b.min(), b.max(), y);
        }
        return f;
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    /**
     * Police districts: a name from {@link #texts()} and sometimes a four-digit DAGI code.
     *
     * @return an arbitrary of districts
     */
    public static Arbitrary<PoliceDistrict> districts() {
        Arbitrary<Optional<String>> codes = Arbitraries.integers().between(1000, 9999).map(String::valueOf)
                .optional(0.5);
        return Combinators.combine(texts(), codes).as(PoliceDistrict::new);
    }

    /**
     * Narrative sections: a title and 0–4 paragraphs.
     *
     * @return an arbitrary of sections
     */
    public static Arbitrary<Section> sections() {
        return Combinators.combine(texts(), texts().list().ofMinSize(0).ofMaxSize(4)).as(Section::new);
    }

    // ----------------------------------------------------------------------------------------------- forums

    /**
     * Forums for a plan year between 1990 and 2100. Their {@link Forum#interfaces() interfaces} are slugs
     * that may name no forum; inside {@link #plans()} they name other forums of the plan.
     *
     * @return an arbitrary of forums
     */
    public static Arbitrary<Forum> forums() {
        return Combinators.combine(forumsInTemplateYear(), years()).as(PlanArbitraries::inYear);
    }

    /**
     * Forums whose year counts and meeting dates fall in a plan year.
     *
     * @param year the plan year
     * @return an arbitrary of forums
     */
    public static Arbitrary<Forum> forums(int year) {
        return forumsInTemplateYear().map(f -> inYear(f, year));
    }

    private static Arbitrary<Forum> forumsInTemplateYear() {
        int year = TEMPLATE_YEAR;
        return Builders.withBuilder(Forum::builder)
                .use(slugs()).in(Forum.Builder::id)
                .use(texts()).in(Forum.Builder::name)
                .use(texts()).in(Forum.Builder::topic)
                .use(texts().list().ofMinSize(0).ofMaxSize(5)).in(Forum.Builder::representatives)
                .use(frequencies(year)).in(Forum.Builder::frequency)
                .use(texts().optional(0.4)).in((b, t) -> b.termsOfReference(t.orElse(null)))
                .use(texts().list().ofMinSize(0).ofMaxSize(3)).in(Forum.Builder::goals)
                .use(texts().optional(0.4)).in((b, t) -> b.actionPlan(t.orElse(null)))
                .use(slugs().list().ofMinSize(0).ofMaxSize(3)).in(Forum.Builder::interfaces)
                .use(texts().list().ofMinSize(0).ofMaxSize(3)).in(Forum.Builder::notes)
                .use(Arbitraries.frequencyOf(
                        Tuple.of(2, Arbitraries.just(List.<LocalUnit>of())),
                        Tuple.of(1, localUnits(year).list().ofMinSize(1).ofMaxSize(4)
                                .uniqueElements(u -> u.municipality().code()))))
                .in(Forum.Builder::localUnits)
                .build(Forum.Builder::build);
    }

    /**
     * Local units (<i>lokalråd</i>): a municipality with a three-digit code, 0–4 distinct meeting dates in the
     * plan year in date order (each sometimes with a status), sometimes an action plan.
     *
     * @param year the plan year
     * @return an arbitrary of local units
     */
    public static Arbitrary<LocalUnit> localUnits(int year) {
        Arbitrary<Meeting> meeting = Combinators
                .combine(dates(year), Arbitraries.of(MeetingStatus.class).optional(0.5))
                .as(Meeting::new);
        Arbitrary<List<Meeting>> meetings = meeting.list().ofMinSize(0).ofMaxSize(4)
                .uniqueElements(Meeting::date)
                .map(list -> list.stream().sorted((a, b) -> a.date().compareTo(b.date())).toList());
        return Combinators.combine(municipalities(), meetings, texts().optional(0.3)).as(LocalUnit::new);
    }

    /**
     * Municipalities (<i>kommuner</i>): a three-digit code 100–999 and a name from {@link #texts()}.
     *
     * @return an arbitrary of municipalities
     */
    public static Arbitrary<Municipality> municipalities() {
        return Combinators.combine(Arbitraries.integers().between(100, 999).map(String::valueOf), texts())
                .as(Municipality::new);
    }

    /**
     * Dates in a year.
     *
     * @param year the year
     * @return an arbitrary of the dates of that year
     */
    public static Arbitrary<LocalDate> dates(int year) {
        return Arbitraries.integers().between(1, Year.of(year).length()).map(d -> LocalDate.ofYearDay(year, d));
    }

    /**
     * Plan years, 1990–2100 (2007 and the turn of the century are edge cases).
     *
     * @return an arbitrary of years
     */
    public static Arbitrary<Integer> years() {
        return Arbitraries.integers().between(MIN_YEAR, MAX_YEAR)
                .edgeCases(c -> c.add(2007));
    }

    /**
     * Stable ids: lowercase slugs {@code [a-z0-9]+(-[a-z0-9]+)*} of one to three parts.
     *
     * @return an arbitrary of slugs
     */
    public static Arbitrary<String> slugs() {
        Arbitrary<String> part = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(8);
        return part.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join("-", parts));
    }

    // ------------------------------------------------------------------------------------------ frequencies

    /**
     * Meeting frequencies of every kind, some with a count for a year between 1990 and 2100.
     *
     * @return an arbitrary of frequencies
     */
    public static Arbitrary<MeetingFrequency> frequencies() {
        return Combinators.combine(frequencies(TEMPLATE_YEAR), years()).as(PlanArbitraries::inYear);
    }

    /**
     * Meeting frequencies of every kind ({@code Exactly}, {@code AtLeast}, {@code Between} with min &lt; max,
     * {@code AsNeeded}, {@code DecidedLocally}); counts 1–366, and sometimes a different count for the plan
     * year ("Min. 4 (2 i 2007)").
     *
     * @param year the plan year, for the year counts
     * @return an arbitrary of frequencies
     */
    public static Arbitrary<MeetingFrequency> frequencies(int year) {
        Arbitrary<Integer> counts = Arbitraries.integers().between(1, 366)
                .edgeCases(c -> c.add(1, 2, 4, 12, 52, 366));
        Arbitrary<Optional<Integer>> special = Arbitraries.integers().between(1, 366).optional(0.25);
        Arbitrary<MeetingFrequency> exactly = Combinators.combine(counts, special)
                .as((n, c) -> new MeetingFrequency.Exactly(n, yearCount(c, n, year)));
        Arbitrary<MeetingFrequency> atLeast = Combinators.combine(counts, special)
                .as((n, c) -> new MeetingFrequency.AtLeast(n, yearCount(c, n, year)));
        Arbitrary<MeetingFrequency> between = Combinators
                .combine(Arbitraries.integers().between(1, 365), Arbitraries.integers().between(1, 365), special)
                .as((min, span, c) -> {
                    int max = Math.min(366, min + span);
                    return new MeetingFrequency.Between(min, max, yearCount(c, max, year));
                });
        return Arbitraries.oneOf(exactly, atLeast, between,
                Arbitraries.just(new MeetingFrequency.AsNeeded()),
                Arbitraries.just(new MeetingFrequency.DecidedLocally()));
    }

    /** A year count of at most {@code upTo} meetings (1 to upTo), if one was drawn. */
    private static Optional<MeetingFrequency.YearCount> yearCount(Optional<Integer> drawn, int upTo, int year) {
        return drawn.map(c -> new MeetingFrequency.YearCount(1 + (c - 1) % upTo, year));
    }

    // ------------------------------------------------------------------------------------------------ texts

    /**
     * Hostile but legal text: never blank ({@link PlanText#isBlank}: some visible character, not only spaces,
     * no-break spaces, zero-width characters and line breaks), never {@code null}, no lone surrogate, no raw
     * character ({@link PlanText#isRaw}: no C0 or C1 control character other than tab, line feed and carriage
     * return, no bidirectional override or isolate), no Unicode noncharacter such as U+FFFE, and otherwise
     * anything: Danish letters (æøåÆØÅ), emoji and other supplementary code points (including ZWJ sequences and
     * flags), Hebrew and Arabic (right-to-left, with right-to-left and left-to-right marks), combining
     * marks (also at the start), CJK, quotes of every kind ({@code ' " ‘ ’ “ ” « » „}), markup and template
     * syntax ({@code < > & <script> $forum.name #set {{x}}}), CSV and YAML syntax ({@code , ; : # - ---}),
     * line breaks {@code \n}, {@code \r}, {@code \r\n}, tabs, leading and trailing spaces, a leading
     * {@code =}, {@code +}, {@code -} or {@code @} (spreadsheet formula injection), very long values (thousands
     * of characters), and whole values that a YAML or spreadsheet reader might take for something else:
     * {@code null}, {@code ~}, {@code yes}, {@code 2007-10-26}, {@code 0123}, {@code 1e3}.
     *
     * @return an arbitrary of texts
     */
    public static Arbitrary<String> texts() {
        Arbitrary<String> normal = atoms().list().ofMinSize(1).ofMaxSize(24).map(PlanArbitraries::join);
        Arbitrary<String> prefixed = Combinators
                .combine(Arbitraries.of("=", "+", "-", "@", "\t", "\r", "=HYPERLINK(\"http://x\")", "-2+3",
                        "@SUM(A1)", "+45 "), normal)
                .as((p, s) -> p + s);
        Arbitrary<String> whole = Arbitraries.of("null", "Null", "NULL", "~", "yes", "no", "Yes", "off", "true",
                "false", "2007-10-26", "2007-10-26T10:00:00Z", "12:30", "0123", "1e3", "0x1F", ".nan", "-.inf",
                "- a", "a: b", "# not a comment", "---", "...", "[1, 2]", "{a: 1}", "'", "\"", "\"\"",
                "&anchor", "*alias", "!tag", "|", ">", "%YAML", "Min. 4 (2 i 2007)", "æøå ÆØÅ");
        // a long text repeats a normal one up to 500-5000 chars (cheaper to generate than thousands of atoms)
        Arbitrary<String> longText = Combinators.combine(normal, Arbitraries.integers().between(500, 5000))
                .as((s, target) -> s.repeat(Math.max(2, target / s.length())));
        return Arbitraries.frequencyOf(
                        Tuple.of(12, normal),
                        Tuple.of(2, prefixed),
                        Tuple.of(2, whole),
                        Tuple.of(1, longText))
                // not blank in the validation's sense: String.isBlank() lets a text of only no-break spaces,
                // zero-width characters and line breaks through ("\r\n\u00A0\u200B" repeated)
                .filter(s -> !PlanText.isBlank(s));
    }

    /** The pieces {@link #texts()} is made of; each a legal string, possibly several code points. */
    private static Arbitrary<String> atoms() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> danish = Arbitraries.of("æ", "ø", "å", "Æ", "Ø", "Å", "é", "ü", "Ærø", "Køge",
                "Holbæk", "Sorø", "Politidirektøren", "Kredsrådet", "§ 113", "m.v.", "–", "—", "…", "€");
        Arbitrary<String> quotes = Arbitraries.of("'", "\"", "‘", "’", "“", "”", "«", "»", "„", "‚", "`", "´",
                "‹", "›", "''", "\"\"");
        Arbitrary<String> markup = Arbitraries.of("<", ">", "&", "&amp;", "&lt;", "&#x26;", "<b>", "</p>",
                "<script>alert(1)</script>", "<!--", "-->", "]]>", "${x}", "$forum.name", "$!{x}", "#set($a = 1)",
                "#if(", "##", "{{x}}", "\\", "\\n", "%s", "%n", "{0}", "@context", "@id", "\"@value\"",
                "http://example.org/a?b=c&d=e", "javascript:alert(1)");
        Arbitrary<String> syntax = Arbitraries.of(",", ";", ":", ": ", "#", " #", "- ", "---", "|", ">", "!",
                "*", "&", "?", "[", "]", "{", "}", "=", "+", "-", "@", "\"\"\"", "\\\"");
        Arbitrary<String> space = Arbitraries.of(" ", "  ", "\n", "\r", "\r\n", "\n\n", "\t", " \n ",
                "\u00A0", "\u2009", "\u200B", "\u3000", "\u2028", "\u2029", "\uFEFF");
        Arbitrary<String> emoji = Arbitraries.oneOf(
                codePoints(0x1F300, 0x1FAFF),
                Arbitraries.of("👮‍♀️", "🇩🇰", "👍🏽", "❤️", "🧑‍🤝‍🧑", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𝟙𝟚𝟛", "\uD83D\uDE00"));
        Arbitrary<String> rtl = Arbitraries.oneOf(
                codePoints(0x05D0, 0x05EA),
                codePoints(0x0621, 0x064A),
                Arbitraries.of("שלום", "مرحبا", "\u200F", "\u200E", "\u061C", "١٢٣"));
        Arbitrary<String> combining = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of("a", "e", "o", "A", "ø", "x"), codePoints(0x0300, 0x036F))
                        .as((base, mark) -> base + mark),
                codePoints(0x0300, 0x036F),
                Arbitraries.of("e\u0301", "a\u030A", "Z\u0351\u0352\u0353\u0354\u0355", "\u0915\u094D\u0937"));
        Arbitrary<String> cjk = codePoints(0x4E00, 0x9FFF);
        Arbitrary<String> anyBmp = codePoints(0x20, 0xFFFF);
        Arbitrary<String> anySupplementary = codePoints(0x10000, 0x10FFFF);
        return Arbitraries.frequencyOf(
                Tuple.of(20, word),
                Tuple.of(8, Arbitraries.just(" ")),
                Tuple.of(6, ascii),
                Tuple.of(6, danish),
                Tuple.of(3, quotes),
                Tuple.of(3, markup),
                Tuple.of(3, syntax),
                Tuple.of(3, space),
                Tuple.of(2, emoji),
                Tuple.of(2, rtl),
                Tuple.of(2, combining),
                Tuple.of(1, cjk),
                Tuple.of(2, anyBmp),
                Tuple.of(1, anySupplementary));
    }

    /** One legal code point from a range, as a string (skipping surrogates, raw characters and noncharacters). */
    private static Arbitrary<String> codePoints(int from, int to) {
        return Arbitraries.integers().between(from, to).filter(PlanArbitraries::isLegal).map(Character::toString);
    }

    /**
     * Whether a code point may appear in a plan text: not a surrogate, not raw ({@link PlanText#isRaw}), not a
     * noncharacter.
     *
     * @param cp a code point
     * @return whether texts may contain it
     */
    static boolean isLegal(int cp) {
        if (PlanText.isRaw(cp)) {
            return false;
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            return false;
        }
        if (cp >= 0xFDD0 && cp <= 0xFDEF) {
            return false;
        }
        return (cp & 0xFFFE) != 0xFFFE && cp <= 0x10FFFF;
    }

    private static String join(List<String> parts) {
        return String.join("", parts);
    }
}
