package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExportOutput;
import dk.samarbejdsplan.export.ExporterRegistry;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.validation.PlanValidator;
import dk.samarbejdsplan.validation.ValidationReport;
import java.io.OutputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * Start-up work done ahead of time, on background threads, while the command line is parsed and the command
 * starts: a short run of the tool spends most of its time building the YAML reader, the Hibernate
 * Validator factory and its metadata, and the Velocity engine with its templates. A command that will need
 * them starts at once ({@link #start(String[])}, from {@code Main.main} only): the plan files named on the
 * command line are read, a plan is validated as soon as both it and the validator are there, and the built-in
 * exporters the command will run are run once on a tiny plan (so that their engines, templates and classes are
 * ready). The command then takes the results ({@link #takeRead(Path)}, {@link #takeReport(PlanDocument)},
 * {@link #validator()}) or finds the shared, already initialised objects (the exporters keep theirs in static
 * holders).
 *
 * <p>Only {@code publish} (read, validator, validation, the built-in exporters it will run), {@code validate}
 * (read, validator, validation), {@code new-year} and {@code diff} (read) start anything; {@code formats}, help
 * and version start nothing. The work is what the command would do anyway and has no effect outside this
 * process (it only reads the plan files); a command that stops before it reads a plan (a usage error, an
 * existing output file) simply does not use it. A read that failed with a {@code PlanReadException} is reported
 * by the command as if it had read the file itself; any other failure in the background is ignored and the
 * command does the work again (and meets and reports the failure itself). Plugins are never run ahead. The
 * environment variable {@code SAMARBEJDSPLAN_WARMUP=off} turns it off (to measure what it gains).
 */
public final class Warmup {
    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");
    /** The options of the commands that take a value (their value is not a command or a plan file). */
    private static final Set<String> WITH_VALUE = Set.of("--lang", "--out", "--formats", "--plugin-path",
            "--templates", "--timeout", "--year", "--format");

    private static volatile CompletableFuture<PlanValidator> validator;
    /** The plan files read ahead, by the path as given on the command line; each is taken once. */
    private static final Map<Path, CompletableFuture<PlanDocument>> READS = new ConcurrentHashMap<>();
    /** The validation report of a plan read ahead, by the document (identity); taken once. */
    private static final Map<PlanDocument, CompletableFuture<ValidationReport>> REPORTS =
            Collections.synchronizedMap(new IdentityHashMap<>());

    private Warmup() {
    }

    /**
     * Starts the background work the command in {@code args} will need, if any.
     *
     * @param args the command line, as given to {@code main}
     */
    public static void start(String[] args) {
        if ("off".equals(System.getenv("SAMARBEJDSPLAN_WARMUP")) || Arrays.stream(args).anyMatch(HELP::contains)) {
            return;
        }
        List<String> positional = positional(args);
        if (positional.isEmpty()) {
            return;
        }
        String command = positional.get(0);
        List<Path> plans = new ArrayList<>();
        for (String word : positional.subList(1, positional.size())) {
            try {
                plans.add(Path.of(word));
            } catch (InvalidPathException e) {
                // picocli refuses it too; nothing to read ahead
            }
        }
        switch (command) {
            case "publish":
                readAndValidate(plans.isEmpty() ? null : plans.get(0), () -> runExporters(selectedFormats(args)));
                break;
            case "validate":
                readAndValidate(plans.isEmpty() ? null : plans.get(0), null);
                break;
            case "new-year":
            case "diff":
                for (Path plan : plans.subList(0, Math.min(2, plans.size()))) {
                    readAhead(plan);
                }
                break;
            default:
                break;
        }
    }

    /**
     * The plan file read ahead for this path, if {@link #start(String[])} read it and nobody took it yet.
     *
     * @param file the plan file, as given on the command line
     * @return the result of reading it: a document, or a failure ({@code PlanReadException} or another)
     */
    static Optional<CompletableFuture<PlanDocument>> takeRead(Path file) {
        return Optional.ofNullable(READS.remove(file));
    }

    /**
     * The validation report of a document read ahead, if the background validated it (waiting for it).
     *
     * @param document a document from {@link #takeRead(Path)}
     * @return its report, or empty if the command must validate it itself
     */
    static Optional<ValidationReport> takeReport(PlanDocument document) {
        CompletableFuture<ValidationReport> report = REPORTS.remove(document);
        if (report == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(report.get());
        } catch (ExecutionException e) {
            return Optional.empty(); // validated again by the command, which meets and reports the failure
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * The validator: the one built in the background if {@link #start(String[])} started it (waiting for it),
     * otherwise a new one.
     *
     * @return the validator
     */
    static PlanValidator validator() {
        CompletableFuture<PlanValidator> ahead = validator;
        if (ahead != null) {
            try {
                return ahead.get();
            } catch (ExecutionException e) {
                // built again below, where the failure reaches the user as it would without the warm-up
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return PlanValidator.create();
    }

    /**
     * Two threads: one reads the plan and then runs {@code more} (the exporters), the other builds the
     * validator and then validates the plan as soon as it is read. Without a plan file, the validator is still
     * built (and exercised on the tiny plan).
     */
    private static void readAndValidate(Path plan, Runnable more) {
        CompletableFuture<PlanDocument> read = plan == null ? null : readFuture(plan);
        CompletableFuture<PlanValidator> built = new CompletableFuture<>();
        CompletableFuture<ValidationReport> report = new CompletableFuture<>();
        validator = built;
        background("validator", () -> {
            PlanValidator made;
            try {
                made = PlanValidator.create();
                built.complete(made);
            } catch (Throwable e) {
                built.completeExceptionally(e);
                report.completeExceptionally(e);
                return;
            }
            try {
                if (read == null) {
                    made.validate(tinyPlan()); // builds the constraint metadata of every plan type
                    return;
                }
                report.complete(made.validate(read.join()));
            } catch (Throwable e) {
                report.completeExceptionally(e);
            }
        });
        background("reader", () -> {
            if (read != null) {
                read(plan, read, report);
            }
            if (more != null) {
                more.run();
            }
        });
    }

    private static void readAhead(Path plan) {
        CompletableFuture<PlanDocument> read = readFuture(plan);
        background("reader", () -> read(plan, read, null));
    }

    private static CompletableFuture<PlanDocument> readFuture(Path plan) {
        CompletableFuture<PlanDocument> read = new CompletableFuture<>();
        READS.putIfAbsent(plan, read);
        return READS.get(plan);
    }

    /** Reads the plan; its report (if it will be validated) is registered before the document is handed out. */
    private static void read(Path plan, CompletableFuture<PlanDocument> into,
            CompletableFuture<ValidationReport> report) {
        if (into.isDone()) {
            return;
        }
        try {
            PlanDocument document = Plans.reader().read(plan);
            if (report != null) {
                REPORTS.put(document, report);
            }
            into.complete(document);
        } catch (Throwable e) {
            into.completeExceptionally(e);
        }
    }

    /** Runs the selected built-in exporters (all when {@code selected} is empty) on the tiny plan. */
    private static void runExporters(Set<String> selected) {
        CooperationPlan plan = tinyPlan();
        for (PlanExporter exporter : ExporterRegistry.load().all()) {
            if (!selected.isEmpty() && !selected.contains(exporter.id())) {
                continue;
            }
            for (ExportOutput output : exporter.outputs()) {
                try {
                    ExporterRegistry.export(exporter, plan, ExportOptions.builder().output(output.id()).build(),
                            OutputStream.nullOutputStream());
                } catch (Exception | LinkageError e) {
                    // the command runs the exporter on the real plan and reports its failure
                }
            }
        }
    }

    /** The values of {@code --formats} ({@code --formats a,b} or {@code --formats=a,b}); empty for all. */
    private static Set<String> selectedFormats(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].equals("--formats") && i + 1 < args.length ? args[i + 1]
                    : args[i].startsWith("--formats=") ? args[i].substring("--formats=".length()) : null;
            if (value != null) {
                return Set.copyOf(Arrays.stream(value.split(",")).map(String::strip).toList());
            }
        }
        return Set.of();
    }

    /** The words of the command line that are not options or option values (those we know take a value). */
    private static List<String> positional(String[] args) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (WITH_VALUE.contains(args[i])) {
                i++;
            } else if (!args[i].startsWith("-")) {
                words.add(args[i]);
            }
        }
        return words;
    }

    private static void background(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                // never let the warm-up disturb the command
            }
        }, "samarbejdsplan-warmup-" + name);
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    /** A plan with one of each element, so that the first real plan finds every type's metadata built. */
    private static CooperationPlan tinyPlan() {
        Forum forum = Forum.builder()
                .id("opvarmning")
                .name("Opvarmning")
                .topic("Opvarmning af værktøjet")
                .representative("Politidirektøren")
                .frequency(new MeetingFrequency.AtLeast(4))
                .termsOfReference("Kommissorium.\n\nAndet afsnit.")
                .goals(List.of("Et mål."))
                .actionPlan("En handleplan.")
                .note("En note.")
                .localUnits(List.of(new LocalUnit(new Municipality("253", "Greve"),
                        List.of(new Meeting(LocalDate.of(2007, 10, 26), Optional.empty())),
                        Optional.of("En lokal handleplan."))))
                .build();
        return CooperationPlan.builder()
                .district(PoliceDistrict.of("Opvarmning", "1467"))
                .year(2007)
                .title("Samarbejdsplan for 2007")
                .section(Section.of("Indledning", "Et afsnit."))
                .categories(List.of(new Category("opvarmning", 1, "Opvarmning", List.of(forum))))
                .build();
    }
}
