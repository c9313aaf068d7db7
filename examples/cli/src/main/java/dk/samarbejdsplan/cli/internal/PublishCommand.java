package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.cli.Main;
import dk.samarbejdsplan.export.ExportException;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExportOutput;
import dk.samarbejdsplan.export.ExporterRegistry;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.export.RelatedFile;
import dk.samarbejdsplan.export.UnknownExporterException;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.io.PlanDocument;
import dk.samarbejdsplan.validation.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code publish PLAN --out DIR}: validates the plan and writes the annual publication into DIR, all or
 * nothing.
 */
@Command(name = "publish", mixinStandardHelpOptions = true)
public final class PublishCommand implements Callable<Integer> {
    /** What a generated file name may look like: it never leaves the output folder. */
    private static final Pattern SAFE_FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9]+)+");
    private static final Pattern SAFE_EXTENSION = Pattern.compile("[a-z0-9]{1,16}");
    private static final Pattern SAFE_SUFFIX = Pattern.compile("(-[a-z0-9]+)*");

    private final Console console;

    @Parameters(index = "0", paramLabel = "PLAN", descriptionKey = "publish.plan")
    private Path planFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "publish.out")
    private Path outDir;

    @Option(names = "--formats", split = ",", paramLabel = "ID", descriptionKey = "publish.formats")
    private List<String> formats;

    @Option(names = "--plugin-path", paramLabel = "DIR", descriptionKey = "option.pluginPath")
    private Path pluginPath;

    @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "publish.templates")
    private Path templates;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", descriptionKey = "publish.timeout")
    private int timeoutSeconds;

    /** @param console the console of this run */
    public PublishCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Language language = console.language();
        if (timeoutSeconds < 1) {
            console.error("publish.badTimeout", timeoutSeconds);
            return Main.USAGE;
        }
        if (templates != null && !Files.isDirectory(templates)) {
            console.error("publish.noTemplates", templates);
            return Main.USAGE;
        }
        Optional<PlanDocument> document = Plans.read(console, planFile);
        if (document.isEmpty()) {
            return Main.FAILED;
        }
        ValidationReport report = Plans.validate(console, document.get());
        if (report.hasErrors()) {
            console.error("publish.refused", report.errors().size());
            return Main.FAILED;
        }
        ExporterRegistry registry = Exporters.load(pluginPath);
        Exporters.reportProblems(console, registry);
        List<PlanExporter> selected;
        try {
            selected = formats == null ? registry.all() : selectedExporters(registry);
        } catch (UnknownExporterException e) {
            console.err().println(e.message(language));
            return Main.USAGE;
        }
        if (selected.isEmpty()) {
            console.error("publish.noExporters");
            return Main.FAILED;
        }
        CooperationPlan plan = document.get().plan();
        List<Job> jobs;
        try {
            jobs = jobs(plan, selected);
        } catch (IllegalArgumentException e) {
            console.err().println(e.getMessage());
            return Main.FAILED;
        }
        return write(plan, jobs);
    }

    private List<PlanExporter> selectedExporters(ExporterRegistry registry) {
        List<PlanExporter> result = new ArrayList<>();
        for (String id : formats) {
            PlanExporter exporter = registry.require(id.strip());
            if (!result.contains(exporter)) {
                result.add(exporter);
            }
        }
        return result;
    }

    /** One file to write: an exporter, one of its outputs, and the file name. */
    private record Job(PlanExporter exporter, ExportOutput output, String fileName) {
    }

    private List<Job> jobs(CooperationPlan plan, List<PlanExporter> exporters) {
        String base = "samarbejdsplan-" + plan.year();
        List<Job> jobs = new ArrayList<>();
        for (PlanExporter exporter : exporters) {
            String extension = exporter.fileExtension();
            for (ExportOutput output : exporter.outputs()) {
                String name = exporter.id().equals("html") && output.id().equals(ExportOutput.MAIN.id())
                        ? "index.html"
                        : base + output.fileSuffix() + "." + extension;
                if (!SAFE_EXTENSION.matcher(extension).matches() || !SAFE_SUFFIX.matcher(output.fileSuffix()).matches()
                        || !SAFE_FILE_NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException(console.text("publish.unsafeName", exporter.id(), name));
                }
                if (jobs.stream().anyMatch(j -> j.fileName().equals(name))) {
                    throw new IllegalArgumentException(console.text("publish.sameName", exporter.id(), name));
                }
                jobs.add(new Job(exporter, output, name));
            }
        }
        return jobs;
    }

    private List<RelatedFile> relatedFiles(List<Job> jobs) {
        List<RelatedFile> files = new ArrayList<>();
        for (Job job : jobs) {
            if (!job.fileName().equals("index.html")) {
                files.add(new RelatedFile(job.fileName(), job.exporter().mediaType(), label(job)));
            }
        }
        return files;
    }

    private String label(Job job) {
        String key = "download." + job.exporter().id() + "." + job.output().id();
        try {
            return console.text(key);
        } catch (java.util.MissingResourceException e) {
            String extension = job.exporter().fileExtension().toUpperCase(java.util.Locale.ROOT);
            return job.output().id().equals(ExportOutput.MAIN.id())
                    ? job.exporter().displayName() + " (" + extension + ")"
                    : job.exporter().displayName() + ", " + job.output().id() + " (" + extension + ")";
        }
    }

    private int write(CooperationPlan plan, List<Job> jobs) {
        Path target = outDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            console.error("publish.badOut", outDir);
            return Main.USAGE;
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            console.error("publish.outNotFolder", target);
            return Main.FAILED;
        }
        Path staging;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
        } catch (IOException e) {
            console.error("publish.cannotWrite", parent, String.valueOf(e.getMessage()));
            return Main.FAILED;
        }
        List<RelatedFile> related = relatedFiles(jobs);
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "samarbejdsplan-export");
            t.setDaemon(true);
            return t;
        });
        // an exporter runs in this JVM and may end it (System.exit) half-way, or the process may be stopped:
        // then say so, leave no temporary folder, and never let the exit code claim success
        AtomicReference<String> running = new AtomicReference<>("");
        AtomicBoolean exported = new AtomicBoolean();
        Thread guard = new Thread(() -> {
            if (!exported.get()) {
                deleteQuietly(staging);
                console.error("publish.ended", running.get(), target);
                console.err().flush();
                Runtime.getRuntime().halt(Main.FAILED);
            }
        }, "samarbejdsplan-publish-guard");
        Runtime.getRuntime().addShutdownHook(guard);
        try {
            for (Job job : jobs) {
                running.set(job.exporter().id());
                ExportOptions.Builder options = ExportOptions.builder().language(console.language())
                        .output(job.output().id()).relatedFiles(related);
                if (templates != null) {
                    options.parameter("html.templates", templates.toAbsolutePath().toString());
                }
                Path file = staging.resolve(job.fileName());
                Optional<String> failure = export(executor, job, plan, options.build(), file);
                if (failure.isPresent()) {
                    console.err().println(failure.get());
                    console.error("publish.untouched", target);
                    return Main.FAILED;
                }
            }
            exported.set(true);
            Files.createDirectories(target);
            for (Job job : jobs) {
                move(staging.resolve(job.fileName()), target.resolve(job.fileName()));
            }
        } catch (IOException e) {
            console.error("publish.cannotWrite", target, String.valueOf(e.getMessage()));
            return Main.FAILED;
        } finally {
            exported.set(true);
            try {
                Runtime.getRuntime().removeShutdownHook(guard);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already ending; the guard has nothing left to guard
            }
            executor.shutdownNow();
            deleteQuietly(staging);
        }
        for (Job job : jobs) {
            console.info("publish.wrote", target.resolve(job.fileName()));
        }
        return Main.OK;
    }

    /** Runs one export with the time limit; returns the message of a failure. */
    private Optional<String> export(ExecutorService executor, Job job, CooperationPlan plan, ExportOptions options,
            Path file) {
        Future<?> future = executor.submit(() -> {
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                ExporterRegistry.export(job.exporter(), plan, options, out);
            }
            return null;
        });
        try {
            future.get(timeoutSeconds, TimeUnit.SECONDS);
            return Optional.empty();
        } catch (TimeoutException e) {
            future.cancel(true);
            return Optional.of(console.text("publish.timeout", job.exporter().id(), timeoutSeconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(console.text("publish.failed", job.exporter().id(), "interrupted"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String detail = cause instanceof ExportException ee ? messageOf(ee) : String.valueOf(cause);
            return Optional.of(console.text("publish.failed", job.exporter().id(), detail));
        }
    }

    private static String messageOf(Throwable e) {
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !message.toString().contains(c.getMessage())) {
                message.append(": ").append(c.getMessage());
            }
        }
        return message.toString();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder beside the output is harmless and named as such
        }
    }
}
