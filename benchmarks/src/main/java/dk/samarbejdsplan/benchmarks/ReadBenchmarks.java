package dk.samarbejdsplan.benchmarks;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.PlanFormat;
import dk.samarbejdsplan.model.io.PlanReadException;
import dk.samarbejdsplan.model.io.PlanReader;
import dk.samarbejdsplan.model.io.PlanWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a plan file, YAML and JSON, from its bytes in memory (UTF-8 decoding, parsing, mapping to the model
 * and the source map; no disk).
 *
 * <p>The plan files must fit {@code PlanReader.MAX_DOCUMENT_LENGTH}; the synthetic plan of 100 000 forums does
 * (about 27 MB of YAML, 37 MB of JSON).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ReadBenchmarks extends CpuTimed {

    /** The 2007 plan, or the number of forums of a synthetic plan. */
    @Param({"2007", "1000", "10000", "100000"})
    public String size;


    private byte[] yaml;
    private byte[] json;
    private final PlanReader reader = PlanReader.create();

    /** Writes the plan files; checks that they read back as the same plan. */
    @Setup
    public void setUp() throws PlanReadException {
        CooperationPlan plan = Fixtures.plan(size);
        yaml = PlanWriter.yaml().toString(plan).getBytes(StandardCharsets.UTF_8);
        json = PlanWriter.json().toString(plan).getBytes(StandardCharsets.UTF_8);
        if (!readYaml().plan().equals(plan) || !readJson().plan().equals(plan)) {
            throw new IllegalStateException("the plan files do not read back as the plan");
        }
        System.out.printf("%n%s forums: YAML %,d bytes, JSON %,d bytes%n", size, yaml.length, json.length);
    }

    /** @return the plan read from YAML */
    @Benchmark
    public PlanDocument readYaml() throws PlanReadException {
        cpu.op();
        return reader.read(new ByteArrayInputStream(yaml), "plan.yaml", PlanFormat.YAML);
    }

    /** @return the plan read from JSON */
    @Benchmark
    public PlanDocument readJson() throws PlanReadException {
        cpu.op();
        return reader.read(new ByteArrayInputStream(json), "plan.json", PlanFormat.JSON);
    }
}
