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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The CSV exporter (id {@code csv}): the forums table ({@code main}) and the meetings table
 * ({@code meetings}), RFC 4180, written by hand. The tables, columns and rules are documented in the package
 * {@code dk.samarbejdsplan.export.csv}.
 *
 * <p>Stateless and thread-safe; writes each cell to the caller's sink as it goes.
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
        if (csv.byteOrderMark()) {
            out.append('\uFEFF');
        }
        CsvRecordWriter writer = new CsvRecordWriter(out, csv.delimiter());
        Language language = options.language();
        if (meetings) {
            writeMeetings(plan, language, writer);
        } else {
            writeForums(plan, language, writer);
        }
    }

    private static void writeForums(CooperationPlan plan, Language language, CsvRecordWriter w)
            throws IOException {
        header(w, language == Language.EN ? FORUM_HEADERS_EN : FORUM_HEADERS_DA);
        for (Category category : plan.categories()) {
            for (Forum forum : category.forums()) {
                MeetingFrequency frequency = forum.frequency();
                w.number(category.number())
                        .text(category.title())
                        .text(forum.id())
                        .text(forum.name())
                        .text(forum.topic())
                        .text(String.join(LIST_SEPARATOR, forum.representatives()))
                        .text(frequency.format())
                        .text(frequency.describe(language))
                        .number(frequency.minPerYear())
                        .number(frequency.maxPerYear())
                        .text(frequency.euFrequencyCode())
                        .text(forum.termsOfReference().orElse(""))
                        .text(String.join(LIST_SEPARATOR, forum.goals()))
                        .text(forum.actionPlan().orElse(""))
                        .text(String.join(LIST_SEPARATOR, forum.interfaces()))
                        .text(String.join(LIST_SEPARATOR, forum.notes()))
                        .number(forum.localUnits().size())
                        .endRecord();
            }
        }
    }

    private static void writeMeetings(CooperationPlan plan, Language language, CsvRecordWriter w)
            throws IOException {
        header(w, language == Language.EN ? MEETING_HEADERS_EN : MEETING_HEADERS_DA);
        for (Category category : plan.categories()) {
            for (Forum forum : category.forums()) {
                for (LocalUnit unit : forum.localUnits()) {
                    for (Meeting meeting : unit.meetings()) {
                        w.text(forum.id())
                                .text(forum.name())
                                .text(unit.municipality().name())
                                .text(unit.municipality().code())
                                .text(isoDate(meeting.date()))
                                .text(meeting.status().map(s -> status(s, language)).orElse(""))
                                .endRecord();
                    }
                }
            }
        }
    }

    private static void header(CsvRecordWriter w, List<String> names) throws IOException {
        for (String name : names) {
            w.text(name);
        }
        w.endRecord();
    }

    /** ISO 8601 calendar date, {@code yyyy-mm-dd} (with sign and more digits outside years 0–9999). */
    static String isoDate(LocalDate date) {
        return date.toString();
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
