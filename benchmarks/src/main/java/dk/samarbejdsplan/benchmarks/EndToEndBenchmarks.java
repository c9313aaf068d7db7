package dk.samarbejdsplan.benchmarks;

import dk.samarbejdsplan.export.ExportException;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExportOutput;
import dk.samarbejdsplan.export.ExporterRegistry;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.PlanFormat;
import dk.samarbejdsplan.model.io.PlanReadException;
import dk.samarbejdsplan.model.io.PlanReader;
import dk.samarbejdsplan.model.io.PlanWriter;
import dk.samarbejdsplan.validation.PlanValidator;
import dk.samarbejdsplan.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an embedding system does for one publication, warm: read the plan file (YAML bytes in memory), validate
 * it, and export every output of every built-in exporter (HTML, both CSV tables, JSON-LD, text) to a discarding
 * byte stream. The figure users feel besides the CLI's cold start (issue 11: recorded before and after, may not
 * get more than 10 % worse). Size 100 is a district's plan.
 */
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EndToEndBenchmarks extends CpuTimed {

    /** The number of forums of a synthetic plan, or the 2007 plan. */
    @Param({"100"})
    public String size;

    private byte[] yaml;
    private final PlanReader reader = PlanReader.create();
    private final PlanValidator validator = PlanValidator.builder().clock(ValidateBenchmarks.CLOCK).build();
    private final DiscardingOutputStream sink = new DiscardingOutputStream();
    private final List<PlanExporter> exporters = new ArrayList<>();
    private final List<ExportOptions> options = new ArrayList<>();

    /** Writes the plan file; finds the built-in exporters and their outputs. */
    @Setup
    public void setUp() throws PlanReadException {
        CooperationPlan plan = Fixtures.plan(size);
        yaml = PlanWriter.yaml().toString(plan).getBytes(StandardCharsets.UTF_8);
        ExporterRegistry registry = ExporterRegistry.load();
        for (String id : List.of("html", "csv", "jsonld", "text")) {
            PlanExporter exporter = registry.require(id);
            for (ExportOutput output : exporter.outputs()) {
                exporters.add(exporter);
                options.add(ExportOptions.builder().language(Language.DA).output(output.id()).build());
            }
        }
        if (!reader.read(new ByteArrayInputStream(yaml), "plan.yaml", PlanFormat.YAML).plan().equals(plan)) {
            throw new IllegalStateException("the plan file does not read back as the plan");
        }
    }

    /**
     * @return bytes written
     * @throws PlanReadException never (the plan file is the plan's)
     * @throws ExportException never (a valid plan)
     */
    @Benchmark
    public long readValidateExport() throws PlanReadException, ExportException {
        cpu.op();
        PlanDocument document = reader.read(new ByteArrayInputStream(yaml), "plan.yaml", PlanFormat.YAML);
        ValidationReport report = validator.validate(document);
        if (report.hasErrors()) {
            throw new IllegalStateException(report.format(Language.EN));
        }
        sink.reset();
        for (int i = 0; i < exporters.size(); i++) {
            ExporterRegistry.export(exporters.get(i), document.plan(), options.get(i), sink);
        }
        return sink.count();
    }
}
