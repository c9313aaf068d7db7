package dk.samarbejdsplan.export.csv.internal;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExportOutput;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.export.csv.CsvOptions;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.MeetingStatus;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The CSV exporter (id {@code csv}): the forums table ({@code main}) and the meetings table
 * ({@code meetings}), RFC 4180, written by hand. The tables, columns and rules are documented in the package
 * {@code dk.samarbejdsplan.export.csv}.
 *
 * <p>Stateless and thread-safe; writes the table to the caller's sink as it goes (a few thousand characters at
 * a time), never building the whole table in memory.
 */
public final class CsvPlanExporter implements PlanExporter {

    /** The exporter id. */
    public static final String ID = "csv";

    /** The output with the dated meetings, one row per meeting. */
    public static final ExportOutput MEETINGS = new ExportOutput("meetings", "-moeder");

    private static final List<ExportOutput> OUTPUTS = List.of(ExportOutput.MAIN, MEETINGS);

    /** The separator between the items of a list in one cell. */
    static final String LIST_SEPARATOR = "; ";

    private static final List<String> FORUM_HEADERS_DA = List.of("kategori_nummer", "kategori_titel", "forum_id",
            "forum_navn", "emne", "repraesentanter", "moedefrekvens", "moedefrekvens_i_ord", "min_moeder_om_aaret",
            "max_moeder_om_aaret", "eu_frekvens", "kommissorium", "maalsaetninger", "handleplan", "snitflader",
            "noter", "antal_lokale_enheder");
    private static final List<String> FORUM_HEADERS_EN = List.of("category_number", "category_title", "forum_id",
            "forum_name", "topic", "representatives", "frequency", "frequency_in_words", "min_meetings_per_year",
            "max_meetings_per_year", "eu_frequency", "terms_of_reference", "goals", "action_plan", "interfaces",
            "notes", "number_of_local_units");
    private static final List<String> MEETING_HEADERS_DA = List.of("forum_id", "forum_navn", "kommune",
            "kommunekode", "dato", "status");
    private static final List<String> MEETING_HEADERS_EN = List.of("forum_id", "forum_name", "municipality",
            "municipality_code", "date", "status");

    /** Creates the exporter; used by {@link java.util.ServiceLoader}. */
    public CsvPlanExporter() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "CSV (spreadsheet tables of the forums and the meetings)";
    }

    @Override
    public String mediaType() {
        return "text/csv";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public List<ExportOutput> outputs() {
        return OUTPUTS;
    }

    /**
     * Writes the table chosen by {@link ExportOptions#output()}.
     *
     * @throws IllegalArgumentException ({@code EXP-CSV-001}) for an unknown output id, ({@code EXP-CSV-002},
     *         {@code EXP-CSV-003}) for a bad {@code csv.delimiter} or {@code csv.bom} parameter
     */
    @Override
    public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        String output = options.output();
        boolean meetings;
        if (ExportOutput.MAIN.id().equals(output)) {
            meetings = false;
        } else if (MEETINGS.id().equals(output)) {
            meetings = true;
        } else {
            throw new IllegalArgumentException("EXP-CSV-001: the CSV exporter has no output '" + output
                    + "'; valid outputs: " + OUTPUTS.stream().map(ExportOutput::id)
                    .collect(Collectors.joining(", ")));
        }
        CsvOptions csv = CsvOptions.from(options);
        CsvRecordWriter writer = new CsvRecordWriter(out, csv.delimiter());
        if (csv.byteOrderMark()) {
            writer.raw('\uFEFF');
        }
        Language language = options.language();
        if (meetings) {
            writeMeetings(plan, language, writer);
        } else {
            writeForums(plan, language, writer, csv.delimiter());
        }
        writer.flush();
    }

    private static void writeForums(CooperationPlan plan, Language language, CsvRecordWriter w, char delimiter)
            throws IOException {
        header(w, language == Language.EN ? FORUM_HEADERS_EN : FORUM_HEADERS_DA);
        CsvRecordWriter.Renderer renderer = new CsvRecordWriter.Renderer(delimiter);
        FrequencyCells frequencies = new FrequencyCells(language, renderer);
        for (Category category : plan.categories()) {
            // the category's two cells are the same on every row of its forums
            String categoryCells = renderer.render(c -> c.number(category.number()).text(category.title()));
            for (Forum forum : category.forums()) {
                w.rendered(categoryCells)
                        .text(forum.id())
                        .text(forum.name())
                        .text(forum.topic())
                        .list(forum.representatives(), LIST_SEPARATOR)
                        .rendered(frequencies.cells(forum.frequency()))
                        .text(forum.termsOfReference().orElse(""))
                        .list(forum.goals(), LIST_SEPARATOR)
                        .text(forum.actionPlan().orElse(""))
                        .list(forum.interfaces(), LIST_SEPARATOR)
                        .list(forum.notes(), LIST_SEPARATOR)
                        .number(forum.localUnits().size())
                        .endRecord();
            }
        }
    }

    private static void writeMeetings(CooperationPlan plan, Language language, CsvRecordWriter w)
            throws IOException {
        header(w, language == Language.EN ? MEETING_HEADERS_EN : MEETING_HEADERS_DA);
        MeetingStatus[] statuses = MeetingStatus.values();
        String[] statusWords = new String[statuses.length];
        for (MeetingStatus s : statuses) {
            statusWords[s.ordinal()] = status(s, language);
        }
        for (Category category : plan.categories()) {
            List<Forum> forums = category.forums();
            for (int f = 0, forumCount = forums.size(); f < forumCount; f++) {
                // most forums have no local units: pass over them without iterators or any other object
                Forum forum = forums.get(f);
                List<LocalUnit> units = forum.localUnits();
                if (!units.isEmpty()) {
                    writeForumMeetings(forum, units, statusWords, w);
                }
            }
        }
    }

    private static void writeForumMeetings(Forum forum, List<LocalUnit> units, String[] statusWords,
            CsvRecordWriter w) throws IOException {
        for (int u = 0, unitCount = units.size(); u < unitCount; u++) {
            LocalUnit unit = units.get(u);
            List<Meeting> meetings = unit.meetings();
            for (int m = 0, meetingCount = meetings.size(); m < meetingCount; m++) {
                Meeting meeting = meetings.get(m);
                Optional<MeetingStatus> status = meeting.status();
                w.text(forum.id())
                        .text(forum.name())
                        .text(unit.municipality().name())
                        .text(unit.municipality().code())
                        .date(meeting.date())
                        .text(status.isEmpty() ? "" : statusWords[status.get().ordinal()])
                        .endRecord();
            }
        }
    }

    /**
     * The five frequency cells of a forum row ({@code moedefrekvens} to {@code eu_frekvens}), rendered once
     * per distinct frequency of an export: a plan has a handful of frequencies, and their texts
     * ({@link MeetingFrequency#format()}, {@link MeetingFrequency#describe(Language)}) would otherwise be built
     * again on every row. Holds at most {@value #MAX_CACHED} frequencies (a plan with more gets the rest
     * rendered row by row). One per export; not thread-safe.
     */
    private static final class FrequencyCells {
        private static final int MAX_CACHED = 256;

        private final Language language;
        private final CsvRecordWriter.Renderer renderer;
        private final Map<MeetingFrequency, String> rendered = new HashMap<>();
        private MeetingFrequency lastFrequency;
        private String lastCells;

        FrequencyCells(Language language, CsvRecordWriter.Renderer renderer) {
            this.language = language;
            this.renderer = renderer;
        }

        String cells(MeetingFrequency frequency) {
            if (frequency == lastFrequency) {
                return lastCells;
            }
            String cells = rendered.get(frequency);
            if (cells == null) {
                cells = renderer.render(c -> c.text(frequency.format())
                        .text(frequency.describe(language))
                        .number(frequency.minPerYear())
                        .number(frequency.maxPerYear())
                        .text(frequency.euFrequencyCode()));
                if (rendered.size() < MAX_CACHED) {
                    rendered.put(frequency, cells);
                }
            }
            lastFrequency = frequency;
            lastCells = cells;
            return cells;
        }
    }

    private static void header(CsvRecordWriter w, List<String> names) throws IOException {
        for (String name : names) {
            w.text(name);
        }
        w.endRecord();
    }

    /** The word for a meeting status in the output language. */
    static String status(MeetingStatus status, Language language) {
        boolean da = language == Language.DA;
        switch (status) {
            case PLANNED:
                return da ? "planlagt" : "planned";
            case HELD:
                return da ? "afholdt" : "held";
            default:
                return status.name().toLowerCase(Locale.ROOT);
        }
    }
}
