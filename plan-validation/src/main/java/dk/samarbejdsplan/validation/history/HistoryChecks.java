package dk.samarbejdsplan.validation.history;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.EndedForum;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import dk.samarbejdsplan.model.history.PlanHistory;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.validation.Finding;
import dk.samarbejdsplan.validation.internal.FindingWriter;
import dk.samarbejdsplan.validation.internal.Issue;
import dk.samarbejdsplan.validation.internal.MessageBundles;
import dk.samarbejdsplan.validation.internal.PlanPaths;
import dk.samarbejdsplan.validation.internal.Rule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules across years ({@code VAL-5xx}), each finding with the plan it is about. Thread-safe. */
final class HistoryChecks {
    private static final FindingWriter WRITER = new FindingWriter(new MessageBundles());

    /** Words that say nothing about what a forum is, left out when names and topics are compared. */
    private static final Set<String> FILLER = Set.of("samt", "over", "under", "efter", "mellem", "andre", "andet",
            "vedrørende", "herunder", "with", "from", "that", "other");
    /** How many letters of a word are compared: "Kontaktudvalget" and "Kontaktudvalg" are the same word. */
    private static final int STEM = 5;

    /** A finding and the plan it is about. */
    record Found(PlanDocument document, Finding finding) {
    }

    /** A message parameter that differs between the languages. */
    private record Words(String da, String en) {
    }

    private HistoryChecks() {
    }

    static List<Found> check(PlanHistory history) {
        List<Found> found = new ArrayList<>();
        districts(history, found);
        editions(history, found);
        years(history, found);
        for (PlanDocument document : history.documents()) {
            ended(document, found);
            Optional<PlanDocument> previous = history.previous(document.plan().year());
            if (previous.isPresent()) {
                acrossYears(previous.get().plan(), document, found);
                lastYearTexts(previous.get().plan().year(), document, found);
            }
        }
        return found;
    }

    // ---- VAL-501 ------------------------------------------------------------------------------------------

    private static void districts(PlanHistory history, List<Found> found) {
        if (history.isEmpty()) {
            return;
        }
        PlanDocument first = history.documents().get(0);
        PoliceDistrict expected = first.plan().district();
        for (PlanDocument document : history.documents()) {
            PoliceDistrict district = document.plan().district();
            if (!sameDistrict(expected, district)) {
                found.add(found(document, Rule.HISTORY_DISTRICT_MISMATCH, "district", "district", describe(district),
                        "expected", describe(expected), "expectedYear", first.plan().year()));
            }
        }
    }

    private static boolean sameDistrict(PoliceDistrict a, PoliceDistrict b) {
        if (a.code().isPresent() && b.code().isPresent()) {
            return a.code().get().strip().equals(b.code().get().strip());
        }
        return normalise(a.name()).equals(normalise(b.name()));
    }

    private static String describe(PoliceDistrict district) {
        return "\"" + district.name().strip() + "\"" + district.code().map(c -> " (" + c.strip() + ")").orElse("");
    }

    // ---- VAL-502, VAL-503 ---------------------------------------------------------------------------------

    private static void editions(PlanHistory history, List<Found> found) {
        for (int year : history.years()) {
            Map<Integer, PlanDocument> byEdition = new LinkedHashMap<>();
            for (PlanDocument document : history.editions(year)) {
                PlanDocument first = byEdition.putIfAbsent(document.plan().edition(), document);
                if (first != null) {
                    found.add(found(document, Rule.HISTORY_EDITION_DUPLICATE, "edition", "year", year, "edition",
                            document.plan().edition(), "other", sourceName(first)));
                }
            }
            int before = 0;
            for (Map.Entry<Integer, PlanDocument> entry : byEdition.entrySet()) {
                int edition = entry.getKey();
                if (edition > before + 1) {
                    found.add(found(entry.getValue(), Rule.HISTORY_EDITION_GAP, "edition", "year", year, "edition",
                            edition, "missing", range(before + 1, edition - 1)));
                }
                before = edition;
            }
        }
    }

    // ---- VAL-504 ------------------------------------------------------------------------------------------

    private static void years(PlanHistory history, List<Found> found) {
        List<Integer> years = history.years();
        for (int i = 1; i < years.size(); i++) {
            int before = years.get(i - 1);
            int year = years.get(i);
            if (year > before + 1) {
                found.add(found(history.current(year).orElseThrow(), Rule.HISTORY_YEAR_MISSING, "year",
                        "missingYear", range(before + 1, year - 1), "before", before, "year", year));
            }
        }
    }

    // ---- VAL-505, VAL-506, VAL-508 ------------------------------------------------------------------------

    private static void acrossYears(CooperationPlan previous, PlanDocument document, List<Found> found) {
        CooperationPlan plan = document.plan();
        Map<String, Forum> before = new HashMap<>();
        previous.forums().forEach(f -> before.putIfAbsent(f.id(), f));
        Set<String> now = new HashSet<>();
        List<Category> categories = plan.categories();
        for (int c = 0; c < categories.size(); c++) {
            List<Forum> forums = categories.get(c).forums();
            for (int f = 0; f < forums.size(); f++) {
                Forum forum = forums.get(f);
                now.add(forum.id());
                Forum old = before.get(forum.id());
                if (old != null && completelyDifferent(old.name(), forum.name())
                        && completelyDifferent(old.topic(), forum.topic())) {
                    found.add(found(document, Rule.HISTORY_FORUM_ID_REUSED, PlanPaths.forum(c, f) + ".id", "id",
                            forum.id(), "oldName", old.name().strip(), "oldYear", previous.year()));
                }
            }
        }
        Set<String> ended = new HashSet<>();
        for (EndedForum e : plan.endedForums()) {
            ended.add(e.id());
        }
        String gonePath = plan.endedForums().isEmpty() ? "categories" : "endedForums";
        Set<String> reported = new HashSet<>();
        previous.forums().forEach(old -> {
            if (!now.contains(old.id()) && !ended.contains(old.id()) && reported.add(old.id())) {
                found.add(found(document, Rule.HISTORY_FORUM_GONE, gonePath, "name", old.name().strip(), "id",
                        old.id(), "previousYear", previous.year()));
            }
        });
        for (int i = 0; i < plan.endedForums().size(); i++) {
            EndedForum e = plan.endedForums().get(i);
            if (!before.containsKey(e.id())) {
                found.add(found(document, Rule.HISTORY_ENDED_UNKNOWN, "endedForums[" + i + "].id", "id", e.id(),
                        "previousYear", previous.year()));
            }
        }
    }

    // ---- VAL-509 ------------------------------------------------------------------------------------------

    private static void ended(PlanDocument document, List<Found> found) {
        List<EndedForum> ended = document.plan().endedForums();
        if (ended.isEmpty()) {
            return;
        }
        Set<String> ids = new HashSet<>();
        document.plan().forums().forEach(f -> ids.add(f.id()));
        for (int i = 0; i < ended.size(); i++) {
            if (ids.contains(ended.get(i).id())) {
                found.add(found(document, Rule.HISTORY_ENDED_STILL_PRESENT, "endedForums[" + i + "].id", "id",
                        ended.get(i).id()));
            }
        }
    }

    /**
     * Whether two texts have no word in common (comparing the first {@value #STEM} letters of each word of four
     * or more letters, leaving out {@link #FILLER}); texts without such words are compared whole.
     */
    static boolean completelyDifferent(String a, String b) {
        Set<String> wordsA = stems(a);
        Set<String> wordsB = stems(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return !normalise(a).equals(normalise(b));
        }
        return Collections.disjoint(wordsA, wordsB);
    }

    private static Set<String> stems(String text) {
        Set<String> stems = new TreeSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 4 && !FILLER.contains(word)) {
                stems.add(word.substring(0, Math.min(STEM, word.length())));
            }
        }
        return stems;
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    // ---- VAL-507 ------------------------------------------------------------------------------------------

    /** The texts of a plan a copied sentence can be in, by plan path, in plan order. */
    static Map<String, String> texts(CooperationPlan plan) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", plan.title());
        plan.subtitle().ifPresent(s -> texts.put("subtitle", s));
        for (int s = 0; s < plan.sections().size(); s++) {
            Section section = plan.sections().get(s);
            texts.put("sections[" + s + "].title", section.title());
            list(texts, "sections[" + s + "].paragraphs", section.paragraphs());
        }
        for (int c = 0; c < plan.categories().size(); c++) {
            Category category = plan.categories().get(c);
            texts.put(PlanPaths.category(c) + ".title", category.title());
            for (int f = 0; f < category.forums().size(); f++) {
                Forum forum = category.forums().get(f);
                String at = PlanPaths.forum(c, f);
                texts.put(at + ".name", forum.name());
                texts.put(at + ".topic", forum.topic());
                forum.termsOfReference().ifPresent(t -> texts.put(at + ".termsOfReference", t));
                list(texts, at + ".goals", forum.goals());
                forum.actionPlan().ifPresent(t -> texts.put(at + ".actionPlan", t));
                list(texts, at + ".notes", forum.notes());
                for (int u = 0; u < forum.localUnits().size(); u++) {
                    LocalUnit unit = forum.localUnits().get(u);
                    String unitPath = PlanPaths.localUnit(c, f, u);
                    unit.actionPlan().ifPresent(t -> texts.put(unitPath + ".actionPlan", t));
                }
            }
        }
        return texts;
    }

    private static void list(Map<String, String> texts, String path, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            texts.put(path + "[" + i + "]", values.get(i));
        }
    }

    private static void lastYearTexts(int lastYear, PlanDocument document, List<Found> found) {
        Pattern pattern = lastYearPattern(lastYear);
        for (Map.Entry<String, String> text : texts(document.plan()).entrySet()) {
            excerpt(pattern, text.getValue()).ifPresent(excerpt -> found.add(found(document,
                    Rule.HISTORY_LAST_YEAR_TEXT, text.getKey(), "excerpt", excerpt, "lastYear", lastYear)));
        }
    }

    /** "i 2007", "for 2007", "in 2007" as words, any case, with any spaces between. */
    static Pattern lastYearPattern(int lastYear) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:i|for|in)[\\s\\u00A0]+" + lastYear + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The first place the pattern matches, with the word before it ("Samarbejdsplanen for 2007"). */
    static Optional<String> excerpt(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int start = m.start();
        while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int limit = Math.max(0, start - 40);
        while (start > limit && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return Optional.of(text.substring(start, m.end()).replaceAll("\\s+", " ").strip());
    }

    // ---- writing findings ---------------------------------------------------------------------------------

    private static String range(int from, int to) {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }

    private static Words sourceName(PlanDocument document) {
        return document.source().isBlank() ? new Words("en plan uden fil", "a plan without a file")
                : new Words(document.source(), document.source());
    }

    private static Found found(PlanDocument document, Rule rule, String path, Object... namesAndValues) {
        Object[] da = namesAndValues.clone();
        Object[] en = namesAndValues.clone();
        for (int i = 1; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i] instanceof Words words) {
                da[i] = words.da();
                en[i] = words.en();
            }
        }
        CooperationPlan plan = document.plan();
        Issue issueDa = Issue.of(rule, path, da);
        Issue issueEn = Issue.of(rule, path, en);
        return new Found(document, new Finding(rule.severity(), rule.code(), path,
                document.sourceMap().locationOf(path), WRITER.message(plan, issueDa, Language.DA),
                WRITER.message(plan, issueEn, Language.EN)));
    }
}
