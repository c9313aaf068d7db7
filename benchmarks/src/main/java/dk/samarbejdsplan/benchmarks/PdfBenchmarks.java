package dk.samarbejdsplan.benchmarks;

import dk.samarbejdsplan.export.ExportException;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExporterRegistry;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The PDF exporter (issue 13), found through {@link ExporterRegistry#load()} as the CLI finds it, writing the
 * plan's accessible PDF (layout with openhtmltopdf, PDF/UA-1 and PDF/A-3a, font subsetting, the deterministic
 * post-processing) to a discarding byte stream, warm. A PDF takes hundreds of milliseconds, so it has a class of
 * its own with longer iterations than {@link ExportBenchmarks} and only the 2007 plan and 1 000 forums.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class PdfBenchmarks extends CpuTimed {

    /** The 2007 plan, or the number of forums of a synthetic plan. */
    @Param({"2007", "1000"})
    public String size;

    private CooperationPlan plan;
    private PlanExporter pdf;
    private ExportOptions options;
    private final DiscardingOutputStream sink = new DiscardingOutputStream();

    /** Builds the plan and finds the exporter. */
    @Setup
    public void setUp() {
        plan = Fixtures.plan(size);
        pdf = ExporterRegistry.load().require("pdf");
        options = ExportOptions.builder().language(Language.DA).build();
    }

    /** @return bytes written by the PDF exporter */
    @Benchmark
    public long pdf() throws ExportException {
        cpu.op();
        sink.reset();
        ExporterRegistry.export(pdf, plan, options, sink);
        return sink.count();
    }
}
