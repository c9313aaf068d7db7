package dk.samarbejdsplan.publication;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.EndedForum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.diff.PlanDiff;
import dk.samarbejdsplan.model.history.PlanHistory;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.export.Wording;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publishes a district's plans across the years (a {@link PlanHistory}) as one site, all or nothing, with the
 * same exporters, options and staging as {@link Publisher}:
 * <ul>
 * <li>{@code index.html}: the plans, newest year first, each with its status, edition, the date the kredsråd
 *     discussed it where given, and links to that year's publication and its changes;</li>
 * <li>{@code <year>/}: that year's current edition ({@link PlanHistory#current(int)}) published exactly as
 *     {@link Publisher#publish} would;</li>
 * <li>{@code <year>/aendringer.html} for every year after the first: the changes since the previous year's current
 *     edition ({@link PlanDiff}): new forums, ended forums with the reason recorded in {@code endedForums}, forums
 *     moved between categories, changed fields before and after;</li>
 * <li>{@code <year>/udgave-<n>/}: every other edition of the year, published the same way, its {@code index.html}
 *     with a notice at the top of its main content that links the current edition;</li>
 * <li>{@code catalog.jsonld}: a DCAT-AP catalogue of the site ({@code dcat:Catalog}, a {@code dcat:Dataset} per
 *     year, a {@code dcat:Distribution} per file of its current edition), so that open-data portals can harvest it.</li>
 * </ul>
 * The pages are rendered from Velocity templates with the texts in the publication's language; every value is
 * HTML-escaped. The output is deterministic (no clock): a dataset's issued date is the date the kredsråd discussed
 * the plan, or the plan's year when none is given.
 *
 * <p>Like {@link Publisher}, it does not validate: validate every plan ({@code PlanValidator}) and the history
 * ({@code HistoryValidator}) first, and publish only without errors. Immutable and thread-safe.
 */
public final class SitePublisher {
    /** The name of a year's changes page. */
    public static final String CHANGES_PAGE = "aendringer.html";
    /** The name of the catalogue. */
    public static final String CATALOG = "catalog.jsonld";
    private static final String INDEX = "index.html";
    private static final Pattern MAIN_START = Pattern.compile("<main(\\s[^>]*)?>");

    private final Publisher publisher;
    private final Optional<String> license;

    private SitePublisher(Publisher publisher, Optional<String> license) {
        this.publisher = publisher;
        this.license = license;
    }

    /**
     * A site publisher that publishes each year with a publisher (its exporters, language, templates, time limit).
     *
     * @param publisher the publisher
     * @return the site publisher, without a licence in the catalogue
     */
    public static SitePublisher create(Publisher publisher) {
        return new SitePublisher(Objects.requireNonNull(publisher, "publisher"), Optional.empty());
    }

    /**
     * The same publisher, naming a licence for every distribution in the catalogue ({@code dct:license}).
     *
     * @param licenseIri the licence's IRI, for example {@code https://creativecommons.org/publicdomain/zero/1.0/}
     * @return a new site publisher
     */
    public SitePublisher withLicense(String licenseIri) {
        return new SitePublisher(publisher, Optional.of(Objects.requireNonNull(licenseIri, "licenseIri")));
    }

    /**
     * Publishes a history into a folder, all or nothing ({@link AllOrNothing}): the folder ends up with the whole
     * new site (and every other file it had), or exactly as it was.
     *
     * @param history the plans (valid, of one district, one file per year and edition)
     * @param out the site's folder; made if missing
     * @return the folder and the files of the site
     * @throws PublicationException on any failure (an exporter failing or hanging, a file that cannot be written);
     *         its message says what is on disk afterwards
     */
    public SiteResult publish(PlanHistory history, Path out) throws PublicationException {
        Objects.requireNonNull(history, "history");
        if (history.isEmpty()) {
            throw new IllegalArgumentException("the history holds no plan");
        }
        Path folder = AllOrNothing.target(out);
        List<String> files = AllOrNothing.replace(folder, staging -> write(history, staging));
        return new SiteResult(folder, files);
    }

    private List<String> write(PlanHistory history, Path staging) throws IOException, PublicationException {
        Language language = publisher.options().language();
        List<String> files = new ArrayList<>();
        Map<Integer, List<PublishedFile>> published = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Integer> years = history.years();
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            PlanDocument current = history.current(year).orElseThrow();
            Path yearFolder = Files.createDirectory(staging.resolve(Integer.toString(year)));
            List<PublishedFile> written = publisher.writeFiles(current.plan(), yearFolder);
            published.put(year, written);
            written.forEach(f -> files.add(year + "/" + f.name()));
            List<Map<String, Object>> earlier = new ArrayList<>();
            for (PlanDocument edition : history.superseded(year)) {
                String name = "udgave-" + edition.plan().edition();
                Path editionFolder = Files.createDirectory(yearFolder.resolve(name));
                List<PublishedFile> editionFiles = publisher.writeFiles(edition.plan(), editionFolder);
                editionFiles.forEach(f -> files.add(year + "/" + name + "/" + f.name()));
                addNotice(editionFolder.resolve(INDEX), edition.plan(), current.plan(), language);
                earlier.add(Map.of("href", year + "/" + name + "/" + landing(editionFiles),
                        "text", SitePages.text(language, "site.editionLink", edition.plan().edition())));
            }
            String changesHref = "";
            if (i > 0) {
                CooperationPlan previous = history.current(years.get(i - 1)).orElseThrow().plan();
                Files.writeString(yearFolder.resolve(CHANGES_PAGE), changesPage(previous, current.plan(),
                        years.get(i - 1) + "/" + landing(published.get(years.get(i - 1))), language),
                        StandardCharsets.UTF_8);
                files.add(year + "/" + CHANGES_PAGE);
                changesHref = year + "/" + CHANGES_PAGE;
            }
            rows.add(0, yearRow(current.plan(), year + "/" + landing(written), changesHref,
                    i > 0 ? years.get(i - 1) : 0, earlier, language));
        }
        CooperationPlan latest = history.latest().orElseThrow().plan();
        Map<String, Object> index = page(language, latest);
        index.put("title", SitePages.text(language, "site.title", latest.district().name()));
        index.put("years", rows);
        Files.writeString(staging.resolve(INDEX), SitePages.render("index.vm", index), StandardCharsets.UTF_8);
        files.add(INDEX);
        SiteCatalog.write(staging.resolve(CATALOG), history, published, license, language);
        files.add(CATALOG);
        return files;
    }

    /** The page a year's link goes to: its index.html, or its first file when HTML is not among the formats. */
    private static String landing(List<PublishedFile> files) {
        return files.stream().map(PublishedFile::name).filter(INDEX::equals).findFirst()
                .orElse(files.get(0).name());
    }

    private static Map<String, Object> page(Language language, CooperationPlan plan) {
        Map<String, Object> page = new HashMap<>();
        page.put("lang", language == Language.DA ? "da" : "en");
        page.put("t", SitePages.texts(language));
        page.put("district", plan.district().name());
        return page;
    }

    private static Map<String, Object> yearRow(CooperationPlan plan, String href, String changesHref, int previousYear,
            List<Map<String, Object>> earlier, Language language) {
        Map<String, Object> row = new HashMap<>();
        row.put("year", Integer.toString(plan.year()));
        row.put("title", plan.title());
        row.put("href", href);
        row.put("edition", Integer.toString(plan.edition()));
        row.put("status", SitePages.text(language, plan.status() == PlanStatus.ADOPTED ? "site.status.adopted"
                : "site.status.draft"));
        row.put("discussed", plan.discussedInDistrictCouncil().map(Wording.of(language)::date).orElse(""));
        row.put("discussedIso", plan.discussedInDistrictCouncil().map(Object::toString).orElse(""));
        row.put("changesHref", changesHref);
        row.put("changesText", previousYear == 0 ? "" : SitePages.text(language, "site.changesLink", previousYear));
        row.put("earlier", earlier);
        return row;
    }

    // ---- the changes page -------------------------------------------------------------------------------------

    private static String changesPage(CooperationPlan previous, CooperationPlan plan, String previousHref,
            Language language) {
        PlanDiff diff = PlanDiff.between(previous, plan);
        Map<String, Object> page = page(language, plan);
        page.put("title", SitePages.text(language, "changes.title", previous.year(), plan.year()));
        page.put("intro", SitePages.text(language, "changes.intro", plan.title(), plan.edition(), previous.title(),
                previous.edition()));
        page.put("newPlanLink", SitePages.text(language, "changes.newPlan", plan.year()));
        page.put("oldPlanLink", SitePages.text(language, "changes.oldPlan", previous.year()));
        page.put("oldPlanHref", "../" + previousHref);
        Map<String, String> reasons = new HashMap<>();
        for (EndedForum ended : plan.endedForums()) {
            reasons.putIfAbsent(ended.id(), ended.reason());
        }
        List<Map<String, Object>> added = new ArrayList<>();
        List<Map<String, Object>> ended = new ArrayList<>();
        List<Map<String, Object>> moved = new ArrayList<>();
        List<Map<String, Object>> changed = new ArrayList<>();
        for (PlanDiff.ForumChange forum : diff.forums()) {
            switch (forum.kind()) {
                case ADDED -> added.add(Map.of("name", forum.name(), "where", SitePages.text(language,
                        "changes.inCategory", heading(plan.categoryOf(forum.forumId())))));
                case REMOVED -> ended.add(Map.of("name", forum.name(), "where", SitePages.text(language,
                        "changes.inCategory", heading(previous.categoryOf(forum.forumId()))),
                        "reason", reasons.getOrDefault(forum.forumId(), "")));
                case CHANGED -> {
                    List<Map<String, Object>> fieldRows = new ArrayList<>();
                    for (PlanDiff.FieldChange change : forum.changes()) {
                        if (change.field().equals("category")) {
                            moved.add(Map.of("name", forum.name(), "where", SitePages.text(language,
                                    "changes.movedFromTo", change.oldValue().orElse(""),
                                    change.newValue().orElse(""))));
                        }
                        fieldRows.add(row(change, language));
                    }
                    changed.add(Map.of("name", forum.name(), "caption", SitePages.text(language,
                            "changes.tableCaption", forum.name()), "rows", fieldRows));
                }
                default -> throw new IllegalStateException(forum.kind().toString());
            }
        }
        List<Map<String, Object>> planRows = diff.planChanges().stream().map(c -> row(c, language)).toList();
        page.put("added", added);
        page.put("ended", ended);
        page.put("moved", moved);
        page.put("changed", changed);
        page.put("planRows", planRows);
        page.put("planTable", Map.of("caption", SitePages.text(language, "changes.planCaption"), "rows", planRows));
        page.put("nothing", diff.isEmpty() ? "yes" : "");
        return SitePages.render("changes.vm", page);
    }

    private static String heading(Optional<Category> category) {
        return category.map(c -> c.number() + ". " + c.title()).orElse("");
    }

    private static final Pattern UNIT_FIELD = Pattern.compile("localUnits\\[(.*)]\\.(municipality|meetings|actionPlan)");
    private static final Pattern SECTION_FIELD = Pattern.compile("sections\\[(\\d+)]\\.(title|paragraphs)");
    private static final Pattern CATEGORY_FIELD = Pattern.compile("categories\\[(.*)]");

    private static Map<String, Object> row(PlanDiff.FieldChange change, Language language) {
        return Map.of("label", label(change.field(), language), "before", change.oldValue().orElse(""),
                "after", change.newValue().orElse(""));
    }

    /** A field of {@link PlanDiff} in words. */
    private static String label(String field, Language language) {
        Matcher unit = UNIT_FIELD.matcher(field);
        if (unit.matches()) {
            return SitePages.text(language, "field.localUnit." + unit.group(2), unit.group(1));
        }
        Matcher section = SECTION_FIELD.matcher(field);
        if (section.matches()) {
            return SitePages.text(language, "field.section." + section.group(2),
                    Integer.parseInt(section.group(1)) + 1);
        }
        Matcher category = CATEGORY_FIELD.matcher(field);
        if (category.matches()) {
            return SitePages.text(language, "field.categoryHeading", category.group(1));
        }
        return SitePages.keys(language).contains("field." + field) ? SitePages.text(language, "field." + field)
                : field;
    }

    // ---- the notice on a superseded edition ---------------------------------------------------------------------

    /**
     * Puts the notice at the top of the main content of an edition's {@code index.html} (the HTML exporter's
     * {@code <main>}); an edition published without HTML has no page to put it on.
     */
    private static void addNotice(Path page, CooperationPlan edition, CooperationPlan current, Language language)
            throws IOException, PublicationException {
        if (!Files.exists(page)) {
            return;
        }
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Matcher main = MAIN_START.matcher(html);
        if (!main.find()) {
            throw new PublicationException("PUB-101", null, null, page);
        }
        Map<String, Object> values = new HashMap<>();
        values.put("t", SitePages.texts(language));
        values.put("text", SitePages.text(language, "notice.text", edition.edition(), edition.year(),
                SitePages.text(language, edition.status() == PlanStatus.ADOPTED ? "site.status.adopted"
                        : "site.status.draft").toLowerCase(java.util.Locale.ROOT)));
        values.put("link", SitePages.text(language, "notice.link", current.edition()));
        String notice = SitePages.render("notice.vm", values);
        Files.writeString(page, html.substring(0, main.end()) + "\n" + notice + html.substring(main.end()),
                StandardCharsets.UTF_8);
    }
}
