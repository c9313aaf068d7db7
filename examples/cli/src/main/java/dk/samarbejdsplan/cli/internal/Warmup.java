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
import dk.samarbejdsplan.model.io.PlanFormat;
import dk.samarbejdsplan.model.io.PlanReader;
import dk.samarbejdsplan.validation.PlanValidator;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Start-up work done ahead of time, on two background threads, while picocli builds its model and parses the
 * command line and the plan is read: a short run of the tool spends most of its time building the YAML
 * reader, the Hibernate Validator factory and its metadata, and the Velocity engine with its templates. A
 * command that will need them starts building them at once ({@link #start(String[])}, from
 * {@code Main.main} only); the command then takes the results ({@link #validator()}) or finds the shared,
 * already initialised objects (the reader and the exporters keep theirs in static holders).
 *
 * <p>Only {@code publish} (reader, validator, the built-in exporters it will run), {@code validate} (reader,
 * validator), {@code new-year} and {@code diff} (reader) start anything; {@code formats}, help and version
 * start nothing. The work is what the command would do anyway, on a tiny plan built here; a failure in the
 * background is ignored (the command meets it again and reports it). Plugins are never run ahead. The
 * environment variable {@code SAMARBEJDSPLAN_WARMUP=off} turns it off (to measure what it gains).
 */
public final class Warmup {
    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

    private static volatile CompletableFuture<PlanValidator> validator;

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
        PlanFormat format = positional.size() > 1 && positional.get(1).toLowerCase(Locale.ROOT).endsWith(".json")
                ? PlanFormat.JSON : PlanFormat.YAML;
        switch (command) {
            case "publish":
                validator = validatorAhead();
                background("reader-and-exporters", () -> {
                    readTinyPlan(format);
                    runExporters(selectedFormats(args));
                });
                break;
            case "validate":
                validator = validatorAhead();
                background("reader", () -> readTinyPlan(format));
                break;
            case "new-year":
            case "diff":
                background("reader", () -> readTinyPlan(format));
                break;
            default:
                break;
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

    private static CompletableFuture<PlanValidator> validatorAhead() {
        CompletableFuture<PlanValidator> future = new CompletableFuture<>();
        background("validator", () -> {
            try {
                PlanValidator built = PlanValidator.create();
                try {
                    built.validate(tinyPlan()); // builds the constraint metadata of every plan type
                } catch (RuntimeException | LinkageError e) {
                    // the validator itself is fine; the command validates the real plan
                }
                future.complete(built);
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        });
        return future;
    }

    private static void readTinyPlan(PlanFormat format) {
        String text = format == PlanFormat.JSON
                ? "{\"district\": {\"name\": \"Opvarmning\"}, \"year\": 2007, \"categories\": []}"
                : "district: {name: Opvarmning}\nyear: 2007\ncategories: []\n";
        try {
            PlanReader.create().read(text, "opvarmning", format);
        } catch (Exception | LinkageError e) {
            // the command reads the real file and reports what is wrong
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
        Set<String> withValue = Set.of("--lang", "--out", "--formats", "--plugin-path", "--templates",
                "--timeout", "--year", "--format");
        List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (withValue.contains(args[i])) {
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
