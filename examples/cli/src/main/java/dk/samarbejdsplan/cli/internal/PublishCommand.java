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
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
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

    /** The options of one run, as picocli (or {@link #direct}) set them; for tests. */
    record Options(Path planFile, Path outDir, List<String> formats, Path pluginPath, Path templates,
            int timeoutSeconds) {
    }

    /** @return the options this command was given */
    Options options() {
        return new Options(planFile, outDir, formats, pluginPath, templates, timeoutSeconds);
    }

    /** A value {@link #direct} takes as it is: no option, no {@code @file}, no quotes. */
    private static final Pattern PLAIN_VALUE = Pattern.compile("[^-@\"'][^\"']*");
    private static final Pattern PLAIN_FORMATS = Pattern.compile("[A-Za-z0-9_.]+(-[A-Za-z0-9_.]+)*"
            + "(,[A-Za-z0-9_.]+(-[A-Za-z0-9_.]+)*)*");
    private static final Pattern PLAIN_INT = Pattern.compile("[0-9]{1,9}");

    /**
     * The command for a plain {@code publish} command line, made without picocli (whose model costs a short run
     * a good part of its start-up): {@code [--lang L] publish PLAN --out DIR} with, in any order, at most one
     * each of {@code --lang}, {@code --formats}, {@code --plugin-path}, {@code --templates} and
     * {@code --timeout}, each as two words ({@code --out DIR}, not {@code --out=DIR}), values that are not
     * option-like, {@code @files} or quoted, {@code --formats} a plain list of ids and {@code --timeout} plain
     * digits. It sets exactly what picocli would set for that command line ({@code PublishCommandDirectTest}
     * checks this against picocli). Anything else (help, a usage error, other syntax) is empty: picocli then
     * parses it and says what is wrong, as always.
     *
     * @param console the console of this run
     * @param args the whole command line
     * @return the command, ready to {@link #call()}, or empty
     */
    public static Optional<PublishCommand> direct(Console console, String[] args) {
        PublishCommand command = new PublishCommand(console);
        command.timeoutSeconds = 120;
        Set<String> seen = new HashSet<>();
        boolean named = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String word = args[i];
                if (!word.startsWith("-")) {
                    if (!PLAIN_VALUE.matcher(word).matches()) {
                        return Optional.empty();
                    }
                    if (!named && word.equals("publish")) {
                        named = true;
                    } else if (named && command.planFile == null) {
                        command.planFile = Path.of(word);
                    } else {
                        return Optional.empty();
                    }
                    continue;
                }
                if (i + 1 >= args.length || !seen.add(word) || !PLAIN_VALUE.matcher(args[i + 1]).matches()
                        || (!named && !word.equals("--lang"))) {
                    return Optional.empty();
                }
                String value = args[++i];
                switch (word) {
                    case "--lang":
                        break; // the console's language, from Main.languageOf
                    case "--out":
                        command.outDir = Path.of(value);
                        break;
                    case "--formats":
                        if (!PLAIN_FORMATS.matcher(value).matches()) {
                            return Optional.empty();
                        }
                        command.formats = new ArrayList<>(List.of(value.split(",")));
                        break;
                    case "--plugin-path":
                        command.pluginPath = Path.of(value);
                        break;
                    case "--templates":
                        command.templates = Path.of(value);
                        break;
                    case "--timeout":
                        if (!PLAIN_INT.matcher(value).matches()) {
                            return Optional.empty();
                        }
                        command.timeoutSeconds = Integer.parseInt(value);
                        break;
                    default:
                        return Optional.empty();
                }
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return named && command.planFile != null && command.outDir != null ? Optional.of(command) : Optional.empty();
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
        CooperationPlan plan = document.get().plan();
        // the built-in exporters write into the staging folder while the plan is being validated; a plan with
        // errors then discards what they wrote, and nothing else differs (output, exit code, files)
        Optional<Ahead> ahead = exportAhead(plan);
        ValidationReport report;
        try {
            report = Plans.validate(console, document.get());
        } catch (RuntimeException | Error e) {
            ahead.ifPresent(Ahead::discard);
            throw e;
        }
        if (report.hasErrors()) {
            ahead.ifPresent(Ahead::discard);
            console.error("publish.refused", report.errors().size());
            return Main.FAILED;
        }
        if (ahead.isPresent()) {
            Exporters.reportProblems(console, ahead.get().registry);
            return ahead.get().finish();
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
        List<Job> jobs;
        try {
            jobs = jobs(plan, selected);
        } catch (IllegalArgumentException e) {
            console.err().println(e.getMessage());
            return Main.FAILED;
        }
        Publication publication = Publication.open(this, false);
        if (publication.failure != Main.OK) {
            return publication.failure;
        }
        try {
            return publication.finish(publication.exportAll(plan, jobs), jobs);
        } finally {
            publication.close();
        }
    }

    /** The largest plan exported while it is validated: a larger one is exported after, with the heap to itself. */
    private static final int MAX_FORUMS_AHEAD = 2_000;

    /**
     * Starts the exports before the plan is validated, if that cannot change what the user sees: only the
     * built-in exporters with their own templates (no plugin, which might have effects or hang, no
     * {@code --templates}), a plan of at most {@link #MAX_FORUMS_AHEAD} forums, a selection and file names that
     * are fine, and an output folder whose parent exists (so that a refused plan creates no folder). Otherwise
     * the command validates first and exports after, as it always did.
     */
    private Optional<Ahead> exportAhead(CooperationPlan plan) {
        if (pluginPath != null || templates != null
                || plan.categories().stream().mapToInt(c -> c.forums().size()).sum() > MAX_FORUMS_AHEAD) {
            return Optional.empty();
        }
        ExporterRegistry registry;
        List<Job> jobs;
        try {
            registry = Exporters.load(null);
            List<PlanExporter> selected = formats == null ? registry.all() : selectedExporters(registry);
            if (selected.isEmpty() || !registry.problems().isEmpty()) {
                return Optional.empty();
            }
            jobs = jobs(plan, selected);
        } catch (RuntimeException e) {
            return Optional.empty(); // met again, and reported, after the validation
        }
        Publication publication = Publication.open(this, true);
        if (publication.failure != Main.OK) {
            return Optional.empty();
        }
        Ahead ahead = new Ahead(registry, publication, jobs, new CompletableFuture<>());
        Thread thread = new Thread(() -> {
            try {
                ahead.result.complete(publication.exportAll(plan, jobs));
            } catch (Throwable e) {
                ahead.result.completeExceptionally(e);
            }
        }, "samarbejdsplan-publish-ahead");
        thread.setDaemon(true);
        thread.start();
        return Optional.of(ahead);
    }

    /** Exports started before the validation: the registry, the staging folder and their result. */
    private record Ahead(ExporterRegistry registry, Publication publication, List<Job> jobs,
            CompletableFuture<Optional<String>> result) {

        /** Waits for the exports, then moves the files into place (or reports the failure), as without. */
        int finish() {
            try {
                return publication.finish(result.join(), jobs);
            } catch (java.util.concurrent.CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw e;
            } finally {
                publication.close();
            }
        }

        /** The plan was refused: stops the exports, waits for the one running, and removes what they wrote. */
        void discard() {
            publication.stop();
            try {
                result.join();
            } catch (RuntimeException e) {
                // stopped, or failed: either way nothing of it is kept
            }
            publication.close();
        }
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

    /**
     * One publication into the output folder, all or nothing: a staging folder beside it that the exports write
     * into ({@link #exportAll}), then moved into place ({@link #finish}) or removed ({@link #close}).
     */
    private static final class Publication {
        private final PublishCommand command;
        /** {@link Main#OK}, or the exit code of a failure to set up (then nothing else is there). */
        private final int failure;
        private final Path target;
        private final Path staging;
        private final ExecutorService executor;
        private final AtomicReference<String> running = new AtomicReference<>("");
        private final AtomicBoolean exported = new AtomicBoolean();
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final Thread guard;

        private Publication(PublishCommand command, int failure, Path target, Path staging) {
            this.command = command;
            this.failure = failure;
            this.target = target;
            this.staging = staging;
            if (failure != Main.OK) {
                this.executor = null;
                this.guard = null;
                return;
            }
            Console console = command.console;
            this.executor = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "samarbejdsplan-export");
                t.setDaemon(true);
                return t;
            });
            // an exporter runs in this JVM and may end it (System.exit) half-way, or the process may be stopped:
            // then say so, leave no temporary folder, and never let the exit code claim success
            this.guard = new Thread(() -> {
                if (!exported.get()) {
                    deleteQuietly(staging);
                    console.error("publish.ended", running.get(), target);
                    console.err().flush();
                    Runtime.getRuntime().halt(Main.FAILED);
                }
            }, "samarbejdsplan-publish-guard");
            Runtime.getRuntime().addShutdownHook(guard);
        }

        /**
         * Makes the staging folder beside the output folder.
         *
         * @param quiet for an export ahead of the validation: print nothing, and make no folder but the staging
         *              folder (the command then sets up again after the validation, and reports any problem)
         */
        static Publication open(PublishCommand command, boolean quiet) {
            Console console = command.console;
            Path target = command.outDir.toAbsolutePath().normalize();
            Path parent = target.getParent();
            if (parent == null) {
                if (!quiet) {
                    console.error("publish.badOut", command.outDir);
                }
                return new Publication(command, Main.USAGE, target, null);
            }
            if (Files.exists(target) && !Files.isDirectory(target)) {
                if (!quiet) {
                    console.error("publish.outNotFolder", target);
                }
                return new Publication(command, Main.FAILED, target, null);
            }
            if (quiet && !Files.isDirectory(parent)) {
                return new Publication(command, Main.FAILED, target, null);
            }
            Path staging;
            try {
                Files.createDirectories(parent);
                staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
            } catch (IOException e) {
                if (!quiet) {
                    console.error("publish.cannotWrite", parent, String.valueOf(e.getMessage()));
                }
                return new Publication(command, Main.FAILED, target, null);
            }
            return new Publication(command, Main.OK, target, staging);
        }

        /** Runs the exports into the staging folder, one after the other; returns the message of a failure. */
        Optional<String> exportAll(CooperationPlan plan, List<Job> jobs) {
            List<RelatedFile> related = command.relatedFiles(jobs);
            for (Job job : jobs) {
                if (stopped.get()) {
                    return Optional.of("stopped");
                }
                running.set(job.exporter().id());
                ExportOptions.Builder options = ExportOptions.builder().language(command.console.language())
                        .output(job.output().id()).relatedFiles(related);
                if (command.templates != null) {
                    options.parameter("html.templates", command.templates.toAbsolutePath().toString());
                }
                Optional<String> failure = command.export(executor, job, plan, options.build(),
                        staging.resolve(job.fileName()));
                if (failure.isPresent()) {
                    return failure;
                }
            }
            return Optional.empty();
        }

        /** Reports the failure of an export, or moves the files into the output folder. @return the exit code */
        int finish(Optional<String> failure, List<Job> jobs) {
            Console console = command.console;
            if (failure.isPresent()) {
                console.err().println(failure.get());
                console.error("publish.untouched", target);
                return Main.FAILED;
            }
            try {
                exported.set(true);
                Files.createDirectories(target);
                for (Job job : jobs) {
                    move(staging.resolve(job.fileName()), target.resolve(job.fileName()));
                }
            } catch (IOException e) {
                console.error("publish.cannotWrite", target, String.valueOf(e.getMessage()));
                return Main.FAILED;
            } finally {
                close();
            }
            for (Job job : jobs) {
                console.info("publish.wrote", target.resolve(job.fileName()));
            }
            return Main.OK;
        }

        /** Lets {@link #exportAll} start no further export, and interrupts the one running. */
        void stop() {
            stopped.set(true);
            if (executor != null) {
                executor.shutdownNow();
            }
        }

        /** Stops the exports and removes the staging folder (what was moved out of it stays). */
        void close() {
            if (failure != Main.OK) {
                return;
            }
            exported.set(true);
            try {
                Runtime.getRuntime().removeShutdownHook(guard);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already ending; the guard has nothing left to guard
            }
            executor.shutdownNow();
            deleteQuietly(staging);
        }
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
