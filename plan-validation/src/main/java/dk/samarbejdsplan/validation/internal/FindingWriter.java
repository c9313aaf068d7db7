package dk.samarbejdsplan.validation.internal;

import dk.samarbejdsplan.model.PlanText;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.Section;
import dk.samarbejdsplan.model.io.SourceLocation;
import dk.samarbejdsplan.validation.Finding;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the Danish and English messages of an {@link Issue} and makes it a {@link Finding}.
 *
 * <p>Every message starts with the element it is about, named in words ({@code Forum "Kontaktudvalget"
 * (kategori 1 "Kontakt med lokalsamfundet m.v.")}), worked out from the issue's plan path. Besides the
 * issue's own parameters every message can use {@code {Element}} (capitalised) and {@code {element}}, the
 * plan year {@code {planYear}}, the 1-based {@code {position}} of a list element and, for a text field, its
 * name in words {@code {field}}. All values go in verbatim as message parameters ({@link MessageTemplates}):
 * user data never becomes part of a template.
 *
 * <p>Thread-safe.
 */
public final class FindingWriter {

    /**
     * The text components, named in words by the bundles ({@code field.name}), for the rules about a text:
     * {@link Rule#EMPTY_TEXT}, {@link Rule#RAW_CHARACTER}.
     */
    private static final Set<String> TEXT_FIELDS = Set.of("subtitle", "paragraphs", "termsOfReference", "goals",
            "actionPlan", "notes", "name", "code", "legalBasis", "title", "id", "topic", "representatives",
            "interfaces");

    private final MessageTemplates templates;

    /**
     * A writer over the given bundles.
     *
     * @param bundles the message bundles
     */
    public FindingWriter(MessageBundles bundles) {
        this.templates = new MessageTemplates(bundles);
    }

    /**
     * Writes an issue as a finding.
     *
     * @param plan the plan the issue was found in (to name the elements)
     * @param issue the issue
     * @param location where the element was written, if known
     * @return the finding with its messages in Danish and English
     */
    public Finding write(CooperationPlan plan, Issue issue, Optional<SourceLocation> location) {
        return new Finding(issue.rule().severity(), issue.rule().code(), issue.path(), location,
                message(plan, issue, Language.DA), message(plan, issue, Language.EN));
    }

    /**
     * The message of an issue in one language.
     *
     * @param plan the plan
     * @param issue the issue
     * @param language the language
     * @return the message
     */
    public String message(CooperationPlan plan, Issue issue, Language language) {
        Map<String, String> params = new HashMap<>();
        String element = describe(plan, issue.path(), true, language);
        params.put("element", element);
        params.put("Element", capitalise(element));
        params.put("planYear", Integer.toString(plan.year()));
        List<PlanPaths.Segment> segments = PlanPaths.parse(issue.path());
        if (!segments.isEmpty()) {
            PlanPaths.Segment last = segments.get(segments.size() - 1);
            if (last.indexed()) {
                params.put("position", Integer.toString(last.index() + 1));
            }
            if (TEXT_FIELDS.contains(last.name())) {
                Map<String, String> fieldParams = new HashMap<>();
                if (last.indexed()) {
                    fieldParams.put("position", Integer.toString(last.index() + 1));
                }
                params.put("field", render("field." + last.name(), fieldParams, language));
            }
        }
        for (Map.Entry<String, Object> entry : issue.params().entrySet()) {
            params.put(entry.getKey(), text(plan, entry.getValue(), language));
        }
        return render(issue.rule().code(), params, language);
    }

    /** A parameter value as text in a language. */
    private String text(CooperationPlan plan, Object value, Language language) {
        if (value instanceof LocalDate date) {
            return language.formatDate(date);
        } else if (value instanceof MeetingFrequency frequency) {
            return frequency.format();
        } else if (value instanceof ElementRef ref) {
            return describe(plan, ref.path(), ref.withContext(), language);
        }
        return String.valueOf(value);
    }

    /**
     * The element a path points into, named in words: the plan, a section, a category, a forum (with its
     * category) or a local unit (with its forum).
     */
    private String describe(CooperationPlan plan, String path, boolean withContext, Language language) {
        List<PlanPaths.Segment> segments = PlanPaths.parse(path);
        if (segments.isEmpty()) {
            return render("element.plan", Map.of(), language);
        }
        PlanPaths.Segment first = segments.get(0);
        if (first.name().equals("sections") && first.indexed() && first.index() < plan.sections().size()) {
            Section section = plan.sections().get(first.index());
            Map<String, String> p = new HashMap<>();
            p.put("number", Integer.toString(first.index() + 1));
            if (PlanText.isBlank(section.title())) {
                return render("element.section.untitled", p, language);
            }
            p.put("title", section.title().strip());
            return render("element.section", p, language);
        }
        if (!first.name().equals("categories") || !first.indexed() || first.index() >= plan.categories().size()) {
            return render("element.plan", Map.of(), language);
        }
        Category category = plan.categories().get(first.index());
        String categoryText = describeCategory(category, language);
        if (segments.size() < 2 || !segments.get(1).name().equals("forums") || !segments.get(1).indexed()
                || segments.get(1).index() >= category.forums().size()) {
            return categoryText;
        }
        int forumIndex = segments.get(1).index();
        Forum forum = category.forums().get(forumIndex);
        Map<String, String> fp = new HashMap<>();
        fp.put("category", categoryText);
        fp.put("position", Integer.toString(forumIndex + 1));
        fp.put("name", forum.name().strip());
        String forumKey = PlanText.isBlank(forum.name()) ? "element.forum.unnamed" : "element.forum";
        String forumText = render(withContext ? forumKey : forumKey + ".short", fp, language);
        if (segments.size() < 3 || !segments.get(2).name().equals("localUnits") || !segments.get(2).indexed()
                || segments.get(2).index() >= forum.localUnits().size()) {
            return forumText;
        }
        int unitIndex = segments.get(2).index();
        LocalUnit unit = forum.localUnits().get(unitIndex);
        Map<String, String> up = new HashMap<>();
        up.put("forum", withContext ? forumText : "");
        up.put("position", Integer.toString(unitIndex + 1));
        up.put("municipality", unit.municipality().name().strip());
        up.put("code", unit.municipality().code().strip());
        String unitKey = PlanText.isBlank(unit.municipality().name()) ? "element.unit.unnamed"
                : PlanText.isBlank(unit.municipality().code()) ? "element.unit.nocode" : "element.unit";
        return render(withContext ? unitKey : unitKey + ".short", up, language);
    }

    private String describeCategory(Category category, Language language) {
        Map<String, String> p = new HashMap<>();
        p.put("number", Integer.toString(category.number()));
        if (PlanText.isBlank(category.title())) {
            return render("element.category.untitled", p, language);
        }
        p.put("title", category.title().strip());
        return render("element.category", p, language);
    }

    /** Looks up a bundle key and puts the parameters in, verbatim: a value is never read as a template. */
    private String render(String key, Map<String, String> params, Language language) {
        return templates.render(key, language, params);
    }

    /** Upper-cases the first letter: the element texts begin with a word of our own, never with user data. */
    private static String capitalise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }
}
