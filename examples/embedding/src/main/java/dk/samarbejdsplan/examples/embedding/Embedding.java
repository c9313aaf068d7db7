package dk.samarbejdsplan.examples.embedding;

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
import dk.samarbejdsplan.validation.PlanValidator;
import dk.samarbejdsplan.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How a system embeds the library: read a plan (from a file, a String, an InputStream), validate it and print the
 * findings in Danish and English, export one format and then several to streams through the registry.
 * Run: {@code Embedding <plan.yaml> <output folder>}.
 */
public final class Embedding {

    // built once per process and shared: all three are immutable and thread-safe
    private static final PlanReader READER = PlanReader.create();
    private static final PlanValidator VALIDATOR = PlanValidator.create();
    private static final ExporterRegistry EXPORTERS = ExporterRegistry.load();

    private Embedding() {
    }

    /**
     * Reads, validates and exports a plan.
     *
     * @param args the plan file and the output folder
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        try {
            PlanDocument fromFile = READER.read(file);                        // format from the extension
            PlanDocument fromString = READER.read(Files.readString(file), "plan.yaml", PlanFormat.YAML);
            PlanDocument fromStream;
            try (InputStream in = Files.newInputStream(file)) {
                fromStream = READER.read(in, "plan.yaml", PlanFormat.YAML);
            }
            CooperationPlan plan = fromFile.plan();
            System.out.println("read: " + plan.title() + ", the same from a String and an InputStream: "
                    + (plan.equals(fromString.plan()) && plan.equals(fromStream.plan())));

            ValidationReport report = VALIDATOR.validate(fromFile);      // findings name the file's lines
            System.out.println("errors: " + report.errors().size() + ", warnings: " + report.warnings().size());
            System.out.println(report.format(Language.DA));
            System.out.println(report.format(Language.EN));
            if (report.hasErrors()) {
                System.exit(1);
            }

            PlanExporter html = EXPORTERS.require("html");                 // UnknownExporterException if absent
            export(html, plan, ExportOptions.builder().language(Language.DA).build(), out.resolve("index.html"));
            for (String id : List.of("csv", "jsonld", "text")) {
                PlanExporter exporter = EXPORTERS.require(id);
                for (ExportOutput output : exporter.outputs()) {              // CSV has two: forums and meetings
                    ExportOptions options = ExportOptions.builder().language(Language.EN).output(output.id()).build();
                    export(exporter, plan, options, out.resolve("plan" + output.fileSuffix() + "." + exporter.fileExtension()));
                }
            }
        } catch (PlanReadException e) {
            System.err.println(e.message(Language.EN));                       // every problem, with line and column
            System.exit(1);
        } catch (ExportException e) {
            System.err.println(e.message(Language.EN));                       // names the exporter (EXP-007, EXP-008)
            System.exit(1);
        }
    }

    private static void export(PlanExporter exporter, CooperationPlan plan, ExportOptions options, Path file)
            throws IOException, ExportException {
        try (OutputStream stream = Files.newOutputStream(file)) {
            ExporterRegistry.export(exporter, plan, options, stream);         // flushed, not closed
        }
        System.out.println("wrote " + file.getFileName() + " (" + exporter.id() + ", " + options.output() + ")");
    }
}
