package dk.samarbejdsplan.benchmarks;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.model.io.PlanFormat;
import dk.samarbejdsplan.model.io.PlanReadException;
import dk.samarbejdsplan.model.io.PlanReader;
import dk.samarbejdsplan.model.io.PlanWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Reading a plan file, YAML and JSON, from its bytes in memory (UTF-8 decoding, parsing, mapping to the model
 * and the source map; no disk).
 *
 * <p>The plan files must fit {@code PlanReader.MAX_DOCUMENT_LENGTH}; the synthetic plan of 100 000 forums does
 * (about 27 MB of YAML, 37 MB of JSON).
 */
public class ReadBenchmarks extends PlanSizeBenchmarks {

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
