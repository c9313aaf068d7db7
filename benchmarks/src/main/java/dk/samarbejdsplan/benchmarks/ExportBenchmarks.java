package dk.samarbejdsplan.benchmarks;

import dk.samarbejdsplan.export.ExportException;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExportOutput;
import dk.samarbejdsplan.export.ExporterRegistry;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.export.RelatedFile;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.io.PlanWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Each exporter, found through {@link ExporterRegistry#load()} as the CLI finds it, writing the plan to a
 * discarding byte stream through {@link ExporterRegistry#export(PlanExporter, CooperationPlan, ExportOptions,
 * java.io.OutputStream)} (UTF-8, as into a file); and the baseline, {@link #baselineJson()}: the same plan as
 * streaming Jackson JSON.
 */
public class ExportBenchmarks extends PlanSizeBenchmarks {

    private CooperationPlan plan;
    private final DiscardingOutputStream sink = new DiscardingOutputStream();
    private PlanExporter html;
    private PlanExporter csv;
    private PlanExporter jsonld;
    private PlanExporter text;
    private PlanExporter ical;
    private ExportOptions htmlOptions;
    private ExportOptions csvForumOptions;
    private ExportOptions csvMeetingOptions;
    private ExportOptions mainOptions;

    /** Builds the plan and finds the exporters; checks the baseline writes the plan file's JSON. */
    @Setup
    public void setUp() throws IOException {
        plan = Fixtures.plan(size);
        ExporterRegistry registry = ExporterRegistry.load();
        html = registry.require("html");
        csv = registry.require("csv");
        jsonld = registry.require("jsonld");
        text = registry.require("text");
        ical = registry.require("ical");
        // the links the CLI gives the HTML page to the other files of the publication
        List<RelatedFile> related = List.of(
                new RelatedFile("samarbejdsplan-2007.csv", "text/csv", "Forums (CSV)"),
                new RelatedFile("samarbejdsplan-2007-moeder.csv", "text/csv", "Meetings (CSV)"),
                new RelatedFile("samarbejdsplan-2007.jsonld", "application/ld+json", "Linked data (JSON-LD)"),
                new RelatedFile("samarbejdsplan-2007.txt", "text/plain", "Text"));
        htmlOptions = ExportOptions.builder().language(Language.DA).output(ExportOutput.MAIN.id())
                .relatedFiles(related).build();
        mainOptions = ExportOptions.builder().language(Language.DA).output(ExportOutput.MAIN.id()).build();
        csvForumOptions = mainOptions;
        csvMeetingOptions = ExportOptions.builder().language(Language.DA).output("meetings").build();
        if (Fixtures.forums(size) <= 1_000) {
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            StreamingJson.write(plan, streamed);
            byte[] expected = PlanWriter.json().toString(plan).getBytes(StandardCharsets.UTF_8);
            if (!Arrays.equals(expected, streamed.toByteArray())) {
                throw new IllegalStateException("the baseline does not write the bytes of PlanWriter.json()");
            }
        }
    }

    /** @return bytes written: the baseline, the plan file's JSON streamed with jackson-core */
    @Benchmark
    public long baselineJson() throws IOException {
        cpu.op();
        sink.reset();
        StreamingJson.write(plan, sink);
        return sink.count();
    }

    /** @return bytes written by the HTML exporter (Velocity) */
    @Benchmark
    public long html() throws ExportException {
        cpu.op();
        return export(html, htmlOptions);
    }

    /** @return bytes written by the CSV exporter, forums table */
    @Benchmark
    public long csvForums() throws ExportException {
        cpu.op();
        return export(csv, csvForumOptions);
    }

    /** @return bytes written by the CSV exporter, meetings table */
    @Benchmark
    public long csvMeetings() throws ExportException {
        cpu.op();
        return export(csv, csvMeetingOptions);
    }

    /** @return bytes written by the JSON-LD exporter */
    @Benchmark
    public long jsonld() throws ExportException {
        cpu.op();
        return export(jsonld, mainOptions);
    }

    /** @return bytes written by the accessible text exporter */
    @Benchmark
    public long text() throws ExportException {
        cpu.op();
        return export(text, mainOptions);
    }

    /** @return bytes written by the example iCalendar plugin */
    @Benchmark
    public long ical() throws ExportException {
        cpu.op();
        return export(ical, mainOptions);
    }

    /** @return bytes written by {@code PlanWriter.json()} (streamed to the sink) */
    @Benchmark
    public long planWriterJson() throws IOException {
        cpu.op();
        sink.reset();
        PlanWriter.json().write(plan, sink);
        return sink.count();
    }

    /** @return bytes written by {@code PlanWriter.yaml()} (streamed to the sink) */
    @Benchmark
    public long planWriterYaml() throws IOException {
        cpu.op();
        sink.reset();
        PlanWriter.yaml().write(plan, sink);
        return sink.count();
    }

    private long export(PlanExporter exporter, ExportOptions options) throws ExportException {
        sink.reset();
        ExporterRegistry.export(exporter, plan, options, sink);
        return sink.count();
    }
}
