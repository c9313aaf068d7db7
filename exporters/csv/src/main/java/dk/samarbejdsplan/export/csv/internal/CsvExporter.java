package dk.samarbejdsplan.export.csv.internal;

import dk.samarbejdsplan.export.AbstractPlanExporter;
import dk.samarbejdsplan.export.EuFrequency;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExportOutput;
import dk.samarbejdsplan.export.ExporterParameter;
import dk.samarbejdsplan.export.ExporterTexts;
import dk.samarbejdsplan.export.SinkWriter;
import dk.samarbejdsplan.export.Wording;
import dk.samarbejdsplan.export.csv.CsvOptions;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.MeetingStatus;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The CSV exporter (id {@code csv}): the forums table ({@code main}), the local units table
 * ({@code local-units}) and the meetings table ({@code meetings}). The tables, columns and rules are documented
 * in the package {@code dk.samarbejdsplan.export.csv}; the words in {@code csv_da.properties} and
 * {@code csv_en.properties}.
 *
 * <p>Stateless and thread-safe; writes the table to the caller's sink as it goes.
 */
public final class CsvExporter extends AbstractPlanExporter {

    /** The exporter id. */
    public static final String ID = "csv";

    /** The output with one row per local unit (lokalråd), with or without dated meetings. */
    public static final ExportOutput LOCAL_UNITS = new ExportOutput("local-units", "-lokale-enheder");

    /** The output with the dated meetings, one row per meeting. */
    public static final ExportOutput MEETINGS = new ExportOutput("meetings", "-moeder");

    private static final List<ExportOutput> OUTPUTS = List.of(ExportOutput.MAIN, LOCAL_UNITS, MEETINGS);

    private static final List<ExporterParameter> PARAMETERS = List.of(
            new ExporterParameter(CsvOptions.DELIMITER_PARAMETER,
                    "the cell delimiter (default: ';' for Danish, ',' for English)", List.of(",", ";")),
            new ExporterParameter(CsvOptions.BOM_PARAMETER,
                    "whether the file opens with a UTF-8 byte order mark (default: true for Danish, false for"
                            + " English)", List.of("true", "false")));

    /** Creates the exporter; used by {@link java.util.ServiceLoader}. */
    public CsvExporter() {
        super(ID, "text/csv", "csv", CsvExporter.class::getResourceAsStream, "csv");
    }

    @Override
    public List<ExporterParameter> parameters() {
        return PARAMETERS;
    }

    /**
     * The CSV dialect of the options, in their language: "Semikolonsepareret UTF-8 med BOM – åbner direkte i
     * dansk Excel", "Comma-separated UTF-8 (RFC 4180)" and so on.
     *
     * @throws IllegalArgumentException for a bad {@code csv.delimiter} or {@code csv.bom} parameter
     */
    @Override
    public Optional<String> note(ExportOutput output, ExportOptions options) {
        CsvOptions csv = CsvOptions.from(options);
        String key = "note." + (csv.delimiter() == ';' ? "semicolon" : "comma") + (csv.byteOrderMark() ? ".bom" : "");
        return Optional.of(texts(options.language()).text(key));
    }

    @Override
    public List<ExportOutput> outputs() {
        return OUTPUTS;
    }

    /**
     * Writes the table chosen by {@link ExportOptions#output()} (the registry checks that it is one of
     * {@link #outputs()}; any other id writes the forums table).
     *
     * @throws IllegalArgumentException ({@code EXP-CSV-002}, {@code EXP-CSV-003}) for a bad {@code csv.delimiter}
     *         or {@code csv.bom} parameter
     */
    @Override
    public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(out, "out");
        CsvOptions csv = CsvOptions.from(options);
        ExporterTexts texts = texts(options.language());
        SinkWriter sink = new SinkWriter(out);
        if (csv.byteOrderMark()) {
            sink.write('\uFEFF');
        }
        CsvWriter w = new CsvWriter(sink, csv.delimiter());
        String output = options.output();
        String table = output.equals(MEETINGS.id()) || output.equals(LOCAL_UNITS.id()) ? output : ExportOutput.MAIN.id();
        for (String name : texts.text("header." + table).split(",")) {
            w.text(name);
        }
        w.endRecord();
        if (table.equals(MEETINGS.id())) {
            writeMeetings(plan, texts, w);
        } else if (table.equals(LOCAL_UNITS.id())) {
            writeLocalUnits(plan, w);
        } else {
            writeForums(plan, Wording.of(options.language()), w);
        }
        sink.flush();
    }

    private static void writeForums(CooperationPlan plan, Wording wording, CsvWriter w) throws IOException {
        for (Category category : plan.categories()) {
            for (Forum forum : category.forums()) {
                MeetingFrequency frequency = forum.frequency();
                w.number(category.number())
                        .text(category.title())
                        .text(forum.id())
                        .text(forum.name())
                        .text(forum.topic())
                        .list(forum.representatives())
                        .text(frequency.format())
                        .text(wording.frequency(frequency))
                        .number(frequency.minPerYear())
                        .number(frequency.maxPerYear())
                        .text(EuFrequency.code(frequency))
                        .text(forum.termsOfReference().orElse(""))
                        .list(forum.goals())
                        .text(forum.actionPlan().orElse(""))
                        .list(forum.interfaces())
                        .list(forum.notes())
                        .number(forum.localUnits().size())
                        .text(category.id())
                        .endRecord();
            }
        }
    }

    private static void writeLocalUnits(CooperationPlan plan, CsvWriter w) throws IOException {
        for (Forum forum : plan.forums().toList()) {
            for (LocalUnit unit : forum.localUnits()) {
                w.text(forum.id())
                        .text(forum.name())
                        .text(unit.municipality().name())
                        .text(unit.municipality().code())
                        .text(unit.actionPlan().orElse(""))
                        .number(unit.meetings().size())
                        .endRecord();
            }
        }
    }

    private static void writeMeetings(CooperationPlan plan, ExporterTexts texts, CsvWriter w) throws IOException {
        for (Forum forum : plan.forums().toList()) {
            for (LocalUnit unit : forum.localUnits()) {
                for (Meeting meeting : unit.meetings()) {
                    w.text(forum.id())
                            .text(forum.name())
                            .text(unit.municipality().name())
                            .text(unit.municipality().code())
                            .text(meeting.date().toString())
                            .text(meeting.status().map(s -> texts.text(statusKey(s))).orElse(""))
                            .endRecord();
                }
            }
        }
    }

    private static String statusKey(MeetingStatus status) {
        return status == MeetingStatus.HELD ? "status.held" : "status.planned";
    }
}
