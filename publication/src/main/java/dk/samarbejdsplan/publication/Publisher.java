package dk.samarbejdsplan.publication;

import dk.samarbejdsplan.export.ExportException;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExportOutput;
import dk.samarbejdsplan.export.ExporterParameter;
import dk.samarbejdsplan.export.ExporterRegistry;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.export.RelatedFile;
import dk.samarbejdsplan.export.UnknownExporterException;
import dk.samarbejdsplan.model.CooperationPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Publishes a plan into a folder, all or nothing: {@code index.html} (the HTML exporter's main output) and one
 * file per other output of every selected exporter, named from the plan's year and the exporter's output suffix
 * and extension only ({@code samarbejdsplan-2007.csv}, {@code samarbejdsplan-2007-moeder.csv}, …), linked from
 * {@code index.html}'s list of downloads (label, size and note of each). Every export runs with the time limit
 * of {@link PublicationOptions#timeout()}, on a thread of its own; so does loading the plugins.
 *
 * <pre>{@code
 * Publisher publisher = Publisher.create(PublicationOptions.builder().language(Language.EN).build());
 * PublicationResult result = publisher.publish(plan, Path.of("site"));
 * }</pre>
 *
 * <p>The plan should be valid ({@code PlanValidator}): the publisher does not validate it. A publisher can publish
 * any number of plans, one at a time or concurrently into different folders.
 */
public final class Publisher {
    /** What a file name of a publication may look like: it never leaves the folder. */
    private static final Pattern SAFE_FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9]+)+");
    private static final Pattern SAFE_EXTENSION = Pattern.compile("[a-z0-9]{1,16}");
    private static final Pattern SAFE_SUFFIX = Pattern.compile("(-[a-z0-9]+)*");
    private static final String INDEX = "index.html";
    private static final String TEMPLATES_PARAMETER = "html.templates";

    private final ExporterRegistry registry;
    private final PublicationOptions options;
    private final List<PlanExporter> selected;
    private final AtomicReference<String> running = new AtomicReference<>();

    private Publisher(ExporterRegistry registry, PublicationOptions options, List<PlanExporter> selected) {
        this.registry = registry;
        this.options = options;
        this.selected = selected;
    }

    /**
     * A publisher with the built-in exporters found on the class or module path, and the plugins of
     * {@link PublicationOptions#pluginFolder()} (loaded within the time limit).
     *
     * @param options the options
     * @return the publisher
     * @throws PublicationException if the options are wrong (an unknown format or parameter, a missing template
     *         folder: {@link PublicationException#isUsageError()}), or loading the plugins fails or hangs
     */
    public static Publisher create(PublicationOptions options) throws PublicationException {
        Objects.requireNonNull(options, "options");
        checkTemplates(options);
        return create(loadExporters(options.pluginFolder().orElse(null), options), options);
    }

    /**
     * A publisher with the exporters of a registry (for example {@link ExporterRegistry#of}); the options'
     * plugin folder is not read.
     *
     * @param registry the exporters
     * @param options the options
     * @return the publisher
     * @throws PublicationException if the options are wrong ({@link PublicationException#isUsageError()})
     */
    public static Publisher create(ExporterRegistry registry, PublicationOptions options)
            throws PublicationException {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(options, "options");
        checkTemplates(options);
        List<PlanExporter> selected = new ArrayList<>();
        if (options.formats().isEmpty()) {
            selected.addAll(registry.all());
        } else {
            for (String id : options.formats()) {
                try {
                    PlanExporter exporter = registry.require(id.strip());
                    if (!selected.contains(exporter)) {
                        selected.add(exporter);
                    }
                } catch (UnknownExporterException e) {
                    throw new PublicationException("PUB-013", null, e, id, String.join(", ", registry.ids()));
                }
            }
        }
        checkParameters(registry, options);
        return new Publisher(registry, options, List.copyOf(selected));
    }

    private static void checkTemplates(PublicationOptions options) throws PublicationException {
        Optional<Path> templates = options.templates();
        if (templates.isPresent() && !Files.isDirectory(templates.get())) {
            throw new PublicationException("PUB-012", null, null, templates.get());
        }
    }

    /** Every parameter must be one that an exporter of the registry lists, with one of its allowed values. */
    private static void checkParameters(ExporterRegistry registry, PublicationOptions options)
            throws PublicationException {
        if (options.parameters().isEmpty()) {
            return;
        }
        Map<String, ExporterParameter> known = new TreeMap<>();
        for (PlanExporter exporter : registry.all()) {
            try {
                for (ExporterParameter parameter : exporter.parameters()) {
                    known.putIfAbsent(parameter.key(), parameter);
                }
            } catch (RuntimeException | LinkageError e) {
                throw new PublicationException("PUB-019", safeId(exporter), e, safeId(exporter), e);
            }
        }
        for (Map.Entry<String, String> entry : new TreeMap<>(options.parameters()).entrySet()) {
            ExporterParameter parameter = known.get(entry.getKey());
            if (parameter == null) {
                Object keys = known.isEmpty() ? PublicationException.localized(l -> Messages.text(l, "state.none"))
                        : String.join(", ", known.keySet());
                throw new PublicationException("PUB-015", null, null, entry.getKey(), keys);
            }
            if (!parameter.allowedValues().isEmpty() && !parameter.allowedValues().contains(entry.getValue())) {
                throw new PublicationException("PUB-016", null, null, entry.getKey(), entry.getValue(),
                        String.join(" ", parameter.allowedValues()));
            }
        }
    }

    /**
     * Loads the built-in exporters and the plugins of a folder, within a time limit: a plugin whose class
     * initialisation, constructor or {@code id()} never returns is named, and loading stops.
     *
     * @param pluginFolder the plugin folder, or {@code null} for the built-in exporters only
     * @param options the time limit
     * @return the registry
     * @throws PublicationException {@code PUB-014} when loading hangs, {@code PUB-017} when it fails
     */
    public static ExporterRegistry loadExporters(Path pluginFolder, PublicationOptions options)
            throws PublicationException {
        if (pluginFolder == null) {
            return ExporterRegistry.load();
        }
        // the registry's own limit per plugin is a backstop, twice this one, so that this limit (which names the
        // plugin and stops the publication) always comes first
        FutureTask<ExporterRegistry> task = new FutureTask<>(
                () -> ExporterRegistry.loadPlugins(pluginFolder, options.timeout().multipliedBy(2)));
        Thread thread = new Thread(task, "samarbejdsplan-plugin-loading");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            String hung = hungPluginClass();
            thread.interrupt();
            Optional<Path> jar = hung == null ? Optional.empty() : jarOf(pluginFolder, hung);
            Object where = jar.isEmpty() ? ""
                    : PublicationException.localized(l -> Messages.text(l, "state.inJar", jar.get().toString()));
            throw new PublicationException("PUB-014", hung, e, pluginFolder, seconds(options),
                    hung == null ? "?" : hung, where);
        } catch (ExecutionException e) {
            throw new PublicationException("PUB-017", null, e.getCause(), pluginFolder, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationException("PUB-017", null, e, pluginFolder, e);
        }
    }

    /** The plugin class some thread is stuck in (the registry starts each plugin on a thread of its own). */
    private static String hungPluginClass() {
        for (StackTraceElement[] stack : Thread.getAllStackTraces().values()) {
            boolean startedByTheRegistry = java.util.Arrays.stream(stack)
                    .anyMatch(frame -> frame.getClassName().startsWith("dk.samarbejdsplan.export."));
            String c = startedByTheRegistry ? pluginClass(stack) : null;
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** The innermost class on a stack that is none of the JDK's and none of the registry's: the plugin's. */
    private static String pluginClass(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String c = frame.getClassName();
            if (!(c.startsWith("java.") || c.startsWith("javax.") || c.startsWith("jdk.") || c.startsWith("sun.")
                    || c.startsWith("com.sun.") || c.startsWith("dk.samarbejdsplan.export.")
                    || c.startsWith("dk.samarbejdsplan.publication."))) {
                return c;
            }
        }
        return null;
    }

    /** The jar of the plugin folder that holds a class, if any. */
    private static Optional<Path> jarOf(Path folder, String className) {
        String entry = className.replace('.', '/') + ".class";
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path jar : jars) {
                if (!Files.isRegularFile(jar)) {
                    continue;
                }
                try (FileSystem zip = FileSystems.newFileSystem(jar, (ClassLoader) null)) {
                    if (Files.exists(zip.getPath(entry))) {
                        return Optional.of(jar);
                    }
                } catch (IOException | RuntimeException e) {
                    // not a readable jar: not this one
                }
            }
        } catch (IOException e) {
            // the folder cannot be listed: the class is named without its jar
        }
        return Optional.empty();
    }

    private static long seconds(PublicationOptions options) {
        return Math.max(1, options.timeout().toSeconds());
    }

    /** @return the exporters this publisher can use (built-in and plugins) */
    public ExporterRegistry registry() {
        return registry;
    }

    /** @return the options */
    public PublicationOptions options() {
        return options;
    }

    /**
     * The exporter writing now, for a message when the process ends in the middle of a publication (an exporter
     * calling {@code System.exit}); with publications running concurrently, one of them.
     *
     * @return the id of the exporter running now, if one is
     */
    public Optional<String> running() {
        return Optional.ofNullable(running.get());
    }

    /** @return the exporters that will write, in order */
    public List<PlanExporter> exporters() {
        return selected;
    }

    /**
     * Publishes a plan into a folder, all or nothing ({@link AllOrNothing}): the folder ends up with the whole
     * new publication (and every other file it had), or exactly as it was.
     *
     * @param plan the plan (valid)
     * @param out the folder; made if missing. Not normalised: {@code link/../x} means what the operating system
     *        means
     * @return the folder and its new files
     * @throws PublicationException on any failure; its message says what is on disk afterwards
     */
    public PublicationResult publish(CooperationPlan plan, Path out) throws PublicationException {
        Objects.requireNonNull(plan, "plan");
        Path folder = AllOrNothing.target(out);
        List<PublishedFile> files = AllOrNothing.replace(folder, staging -> writeFiles(plan, staging));
        return new PublicationResult(folder, files);
    }

    /**
     * As {@link #publish(CooperationPlan, Path)}, with the given file operations (for tests that make one
     * fail).
     *
     * @param plan the plan
     * @param out the folder
     * @param fileOperations the operations that change the file system
     * @return the folder and its new files
     * @throws PublicationException on any failure; its message says what is on disk afterwards
     */
    public PublicationResult publish(CooperationPlan plan, Path out, FileOperations fileOperations)
            throws PublicationException {
        Objects.requireNonNull(plan, "plan");
        Path folder = AllOrNothing.target(out);
        List<PublishedFile> files = AllOrNothing.replace(folder, fileOperations, staging -> writeFiles(plan,
                staging));
        return new PublicationResult(folder, files);
    }

    /**
     * Writes the files of a plan's publication into a folder, with no staging of its own: for a caller that
     * stages a larger whole (a site of several years) with {@link AllOrNothing}. Files of the same names must
     * not exist.
     *
     * @param plan the plan (valid)
     * @param folder an existing folder, normally inside a staging folder
     * @return the files written, {@code index.html} last
     * @throws PublicationException if an exporter fails, hangs, or asks for a file name that is not allowed;
     *         what it wrote stays in {@code folder}
     */
    public List<PublishedFile> writeFiles(CooperationPlan plan, Path folder) throws PublicationException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(folder, "folder");
        if (selected.isEmpty()) {
            throw new PublicationException("PUB-003", null, null);
        }
        List<Job> jobs = jobs(plan);
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "samarbejdsplan-export");
            t.setDaemon(true);
            return t;
        });
        try {
            List<PublishedFile> written = new ArrayList<>();
            List<RelatedFile> related = new ArrayList<>();
            for (Job job : jobs) {
                if (job.fileName().equals(INDEX)) {
                    continue;
                }
                related.add(new RelatedFile(job.fileName(), job.exporter().mediaType(), label(job),
                        OptionalLong.empty(), Optional.empty()));
            }
            for (Job job : jobs) {
                boolean index = job.fileName().equals(INDEX);
                ExportOptions exportOptions = exportOptions(job, index ? withSizes(related, written, jobs)
                        : related);
                Path file = folder.resolve(job.fileName());
                running.set(job.exporter().id());
                export(executor, job, plan, exportOptions, file);
                running.set(null);
                long size;
                try {
                    size = Files.size(file);
                } catch (IOException e) {
                    throw new PublicationException("PUB-008", null, e, folder, AllOrNothing.describe(e));
                }
                written.add(new PublishedFile(job.fileName(), job.exporter().id(), job.output().id(),
                        job.exporter().mediaType(), size));
            }
            return written;
        } finally {
            executor.shutdownNow();
        }
    }

    /** The list of downloads for index.html: every other file, with its size and its exporter's note. */
    private List<RelatedFile> withSizes(List<RelatedFile> related, List<PublishedFile> written, List<Job> jobs)
            throws PublicationException {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (PublishedFile file : written) {
            sizes.put(file.name(), file.byteSize());
        }
        List<RelatedFile> result = new ArrayList<>();
        for (RelatedFile file : related) {
            Job job = jobs.stream().filter(j -> j.fileName().equals(file.href())).findFirst().orElseThrow();
            Optional<String> note;
            try {
                note = job.exporter().note(job.output(), exportOptions(job, List.of()));
            } catch (RuntimeException | LinkageError e) {
                throw new PublicationException("PUB-019", job.exporter().id(), e, job.exporter().id(), e);
            }
            Long size = sizes.get(file.href());
            result.add(new RelatedFile(file.href(), file.mediaType(), file.label(),
                    size == null ? OptionalLong.empty() : OptionalLong.of(size), note));
        }
        return result;
    }

    private String label(Job job) throws PublicationException {
        try {
            return job.exporter().displayName(options.language());
        } catch (RuntimeException | LinkageError e) {
            throw new PublicationException("PUB-019", job.exporter().id(), e, job.exporter().id(), e);
        }
    }

    private ExportOptions exportOptions(Job job, List<RelatedFile> related) {
        ExportOptions.Builder builder = ExportOptions.builder().language(options.language())
                .output(job.output().id()).relatedFiles(related);
        options.parameters().forEach(builder::parameter);
        options.templates().ifPresent(t -> builder.parameter(TEMPLATES_PARAMETER, t.toAbsolutePath().toString()));
        return builder.build();
    }

    /** One file to write: an exporter, one of its outputs, and the file name. */
    private record Job(PlanExporter exporter, ExportOutput output, String fileName) {
    }

    /** The files to write, {@code index.html} last; checks every name before anything is written. */
    private List<Job> jobs(CooperationPlan plan) throws PublicationException {
        String base = "samarbejdsplan-" + plan.year();
        List<Job> jobs = new ArrayList<>();
        Job index = null;
        for (PlanExporter exporter : selected) {
            String id = safeId(exporter);
            String extension;
            List<ExportOutput> outputs;
            try {
                extension = exporter.fileExtension();
                outputs = List.copyOf(exporter.outputs());
            } catch (RuntimeException | LinkageError e) {
                throw new PublicationException("PUB-019", id, e, id, e);
            }
            for (ExportOutput output : outputs) {
                boolean isIndex = id.equals("html") && output.id().equals(ExportOutput.MAIN.id());
                String name = isIndex ? INDEX : base + output.fileSuffix() + "." + extension;
                if (extension == null || !SAFE_EXTENSION.matcher(extension).matches()
                        || !SAFE_SUFFIX.matcher(output.fileSuffix()).matches()
                        || !SAFE_FILE_NAME.matcher(name).matches()) {
                    throw new PublicationException("PUB-004", id, null, id, name);
                }
                if (jobs.stream().anyMatch(j -> j.fileName().equals(name))) {
                    throw new PublicationException("PUB-005", id, null, id, name);
                }
                Job job = new Job(exporter, output, name);
                if (isIndex) {
                    index = job;
                } else {
                    jobs.add(job);
                }
            }
        }
        if (index != null) {
            jobs.add(index);
        }
        return jobs;
    }

    /** Where an exporter comes from: its jar (or module, or class folder), as the registry describes it. */
    private String source(PlanExporter exporter) {
        try {
            return registry.describe(exporter).source();
        } catch (RuntimeException | LinkageError e) {
            return exporter.getClass().getName();
        }
    }

    private static String safeId(PlanExporter exporter) {
        try {
            return String.valueOf(exporter.id());
        } catch (RuntimeException | LinkageError e) {
            return exporter.getClass().getName();
        }
    }

    /** Runs one export with the time limit. */
    private void export(ExecutorService executor, Job job, CooperationPlan plan, ExportOptions exportOptions,
            Path file) throws PublicationException {
        String id = job.exporter().id();
        Callable<Void> action = () -> {
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                ExporterRegistry.export(job.exporter(), plan, exportOptions, out);
            }
            return null;
        };
        Future<Void> future = executor.submit(action);
        try {
            future.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new PublicationException("PUB-007", id, e, id, seconds(options));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationException("PUB-006", id, e, id, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new PublicationException("PUB-008", id, io, file.getParent(), AllOrNothing.describe(io));
            }
            Object message = cause instanceof ExportException ee ? PublicationException.localized(ee::message)
                    : String.valueOf(cause);
            throw new PublicationException("PUB-006", id, cause, id, message, source(job.exporter()));
        }
    }
}
