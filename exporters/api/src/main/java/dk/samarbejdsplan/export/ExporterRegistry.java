package dk.samarbejdsplan.export;

import dk.samarbejdsplan.export.internal.DidYouMean;
import dk.samarbejdsplan.export.internal.ExporterProblemTexts;
import dk.samarbejdsplan.export.internal.ExporterScan;
import dk.samarbejdsplan.export.internal.ExporterScan.Found;
import dk.samarbejdsplan.export.internal.KeepOpenOutputStream;
import dk.samarbejdsplan.export.internal.PluginFolder;
import dk.samarbejdsplan.model.CooperationPlan;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * The exporters available to a program, found with {@link ServiceLoader}, and the problems met finding them.
 *
 * <p>Finding exporters: {@link #load()} (the class path and the module path: ship both a
 * {@code META-INF/services/dk.samarbejdsplan.export.PlanExporter} file and {@code provides ... with ...}),
 * {@link #load(ClassLoader)}, {@link #load(ModuleLayer)}, {@link #loadPlugins(Path, Duration)} (the built-in
 * exporters plus the jars of a plugin folder) and {@link #of(List)} (given instances, checked the same way).
 *
 * <p>Finding never throws for a bad plugin. Each provider is instantiated and its metadata ({@code id()},
 * {@code displayName()}, {@code displayName(Language)}, {@code mediaType()}, {@code fileExtension()},
 * {@code version()}, {@code outputs()}, {@code parameters()}) read <em>once</em>, guarded, and kept in its
 * {@link ExporterInfo} ({@link #describe}); a failure becomes an {@link ExporterProblem} ({@link #problems()})
 * and the other exporters load: {@code EXP-001} no exporters at all (names the jars to add), {@code EXP-003} two
 * exporters with one id (a built-in one always wins over a plugin, so a plugin can add formats but never replace
 * one; otherwise the first by class name, then location), {@code EXP-004} a provider that failed, did not start
 * within the time limit, or whose metadata is unusable (names the class and its jar), {@code EXP-005} an id that
 * is not a lowercase slug, {@code EXP-006} an unreadable plugin folder, {@code EXP-009} a {@code *.jar} of the
 * plugin folder that is not a regular, readable jar file (skipped unopened, so a FIFO cannot block).
 *
 * <p>{@link #require(String)} of an unknown id throws {@link UnknownExporterException} ({@code EXP-002}, with a
 * close id). {@link #export(PlanExporter, CooperationPlan, ExportOptions, OutputStream)} checks the output
 * ({@code EXP-008}) and turns every failure into an {@link ExportException} naming the exporter ({@code EXP-007});
 * see {@link PlanExporter} for the whole failure contract. A registry is immutable and thread-safe. Example:
 * <pre>{@code
 * ExporterRegistry registry = ExporterRegistry.loadPlugins(Path.of("plugins"), Duration.ofSeconds(30));
 * registry.problems().forEach(p -> System.err.println(p.format(Language.EN)));
 * try (OutputStream out = Files.newOutputStream(Path.of("plan.csv"))) {
 *     ExporterRegistry.export(registry.require("csv"), plan, ExportOptions.defaults(), out);
 * }
 * }</pre>
 */
public final class ExporterRegistry {

    /** What an exporter id must look like: lowercase letters and digits, single hyphens between. */
    public static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The time limit of {@link #loadPlugins(Path)} for starting one exporter. */
    public static final Duration DEFAULT_PLUGIN_TIMEOUT = Duration.ofSeconds(120);

    private final Map<String, Found> byId;
    private final List<ExporterProblem> problems;

    private ExporterRegistry(List<Found> found, List<ExporterProblem> problems, String whereDa, String whereEn) {
        this.byId = Collections.unmodifiableMap(ExporterScan.choose(found, problems));
        if (byId.isEmpty()) {
            problems.add(ExporterProblemTexts.noExporters(whereDa, whereEn));
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Finds the exporters on the class path and the module path, with this module's own
     * {@code ServiceLoader.load(PlanExporter.class)} (the thread's context class loader for the class path).
     *
     * @return the registry; check {@link #problems()}
     */
    public static ExporterRegistry load() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        List<ExporterProblem> problems = new ArrayList<>();
        return new ExporterRegistry(ExporterScan.scan(() -> ServiceLoader.load(PlanExporter.class),
                ExporterScan.listedProviders(context), ExporterScan.Origins.NONE, null, problems), problems,
                "class path og module path", "the class path and the module path");
    }

    /**
     * Finds the exporters a class loader sees (its class path, and the named modules of its layers).
     *
     * @param loader the class loader
     * @return the registry; check {@link #problems()}
     */
    public static ExporterRegistry load(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        String name = loader.getName() != null ? loader.getName() : loader.getClass().getName();
        List<ExporterProblem> problems = new ArrayList<>();
        return new ExporterRegistry(ExporterScan.scan(() -> ServiceLoader.load(PlanExporter.class, loader),
                ExporterScan.listedProviders(loader), ExporterScan.Origins.NONE, null, problems), problems,
                "class loaderen " + name, "the class loader " + name);
    }

    /**
     * Finds the exporters provided by the named modules of a module layer and its parents.
     *
     * @param layer the module layer
     * @return the registry; check {@link #problems()}
     */
    public static ExporterRegistry load(ModuleLayer layer) {
        Objects.requireNonNull(layer, "layer");
        List<ExporterProblem> problems = new ArrayList<>();
        return new ExporterRegistry(ExporterScan.scan(() -> ServiceLoader.load(layer, PlanExporter.class),
                List.of(), ExporterScan.Origins.NONE, null, problems), problems, "module-laget", "the module layer");
    }

    /**
     * {@link #loadPlugins(Path, Duration)} with {@link #DEFAULT_PLUGIN_TIMEOUT}.
     *
     * @param folder the plugin folder
     * @return the registry; check {@link #problems()}
     */
    public static ExporterRegistry loadPlugins(Path folder) {
        return loadPlugins(folder, DEFAULT_PLUGIN_TIMEOUT);
    }

    /**
     * Finds the built-in exporters (as {@link #load()}) plus those of the plugin folder: every regular file named
     * {@code *.jar} that is a readable jar, loaded by one new class loader whose parent is this module's (open as
     * long as the exporters are used). Each exporter is instantiated and its metadata read on a daemon thread
     * within the time limit: one that takes longer is left out ({@code EXP-004}, naming its class and jar) and
     * the others load. This one call is all the loading, so a program can guard it as a whole (for example
     * against a plugin that exits the JVM). A missing or unreadable folder is {@code EXP-006} (the built-in
     * exporters still load); a skipped {@code *.jar} file is {@code EXP-009}.
     *
     * @param folder the plugin folder
     * @param timeout the time limit for starting one exporter
     * @return the registry; check {@link #problems()}
     */
    public static ExporterRegistry loadPlugins(Path folder, Duration timeout) {
        Objects.requireNonNull(folder, "folder");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        List<ExporterProblem> problems = new ArrayList<>();
        PluginFolder plugins = PluginFolder.open(folder, problems);
        ClassLoader loader = plugins.loader().orElse(Thread.currentThread().getContextClassLoader());
        // the boot layer's named modules are found through the new loader too (ServiceLoader searches the layers
        // of the loader's ancestors), the plugin jars on its class path
        return new ExporterRegistry(ExporterScan.scan(() -> ServiceLoader.load(PlanExporter.class, loader),
                ExporterScan.listedProviders(loader), plugins, timeout, problems), problems,
                "class path, module path og plugin-mappen " + folder,
                "the class path, the module path and the plugin folder " + folder);
    }

    /**
     * A registry of given exporters, checked as loaded ones are (invalid ids, duplicates, failing metadata).
     *
     * @param exporters the exporters
     * @return the registry; check {@link #problems()}
     */
    public static ExporterRegistry of(List<? extends PlanExporter> exporters) {
        List<ExporterProblem> problems = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        for (PlanExporter exporter : exporters) {
            ExporterScan.inspect(Objects.requireNonNull(exporter, "exporter"), false, problems).ifPresent(found::add);
        }
        return new ExporterRegistry(found, problems, "de givne eksportører", "the given exporters");
    }

    /**
     * A registry of given exporters, as {@link #of(List)}.
     *
     * @param exporters the exporters
     * @return the registry; check {@link #problems()}
     */
    public static ExporterRegistry of(PlanExporter... exporters) {
        return of(List.of(exporters));
    }

    /** @return the exporters, sorted by id */
    public List<PlanExporter> all() { // the exporters themselves: describe() gives what was read from them
        return byId.values().stream().map(Found::exporter).toList();
    }

    /** @return the ids of the exporters, sorted */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /**
     * The exporter with an id.
     *
     * @param id the id, for example {@code "csv"}
     * @return the exporter with exactly that id, if there is one
     */
    public Optional<PlanExporter> find(String id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id"))).map(Found::exporter);
    }

    /**
     * The exporter with an id, or a clear error.
     *
     * @param id the id, for example {@code "csv"}
     * @return the exporter
     * @throws UnknownExporterException ({@code EXP-002}) if no exporter has that id; it lists the ids available
     *         and suggests a close one
     */
    public PlanExporter require(String id) {
        return find(id).orElseThrow(() -> new UnknownExporterException(
                ExporterProblemTexts.unknownId(id, ids(), DidYouMean.suggest(id, ids())), id, ids()));
    }

    /** @return the problems met while loading, in the order met; empty when all went well */
    public List<ExporterProblem> problems() {
        return problems;
    }

    /**
     * What a {@code formats} command shows about an exporter of this registry, as its metadata methods returned
     * it once, at load time (use it rather than calling a plugin's methods again).
     *
     * @param exporter one of {@link #all()}
     * @return its description
     * @throws IllegalArgumentException if the exporter is not one of this registry's
     */
    public ExporterInfo describe(PlanExporter exporter) {
        Objects.requireNonNull(exporter, "exporter");
        return byId.values().stream().filter(f -> f.exporter() == exporter).findFirst().map(Found::info)
                .orElseThrow(() -> new IllegalArgumentException("not an exporter of this registry: " + exporter));
    }

    /** @return the descriptions of every exporter, sorted by id */
    public List<ExporterInfo> describeAll() {
        return byId.values().stream().map(Found::info).toList();
    }

    /**
     * Runs an exporter on a byte stream (UTF-8; flushed, never closed, even if the exporter closes it).
     *
     * @param exporter the exporter
     * @param plan the plan
     * @param options the options; {@link ExportOptions#output()} must be one of the exporter's outputs
     * @param out where to write; not closed
     * @throws ExportException {@code EXP-008} for an output the exporter does not have (checked before the
     *         exporter is called); the exporter's own {@link ExportException}; {@code EXP-007} for anything else
     *         the exporter or the stream throws (an {@link java.io.IOException}, a {@link RuntimeException}, a
     *         linkage error from a plugin's missing dependency, a stack overflow)
     */
    public static void export(PlanExporter exporter, CooperationPlan plan, ExportOptions options, OutputStream out)
            throws ExportException {
        Objects.requireNonNull(out, "out");
        run(exporter, plan, options, () -> exporter.export(plan, options, new KeepOpenOutputStream(out)));
    }

    /**
     * Runs an exporter on a character sink (never closed).
     *
     * @param exporter the exporter
     * @param plan the plan
     * @param options the options; {@link ExportOptions#output()} must be one of the exporter's outputs
     * @param out where to write; not closed
     * @throws ExportException as {@link #export(PlanExporter, CooperationPlan, ExportOptions, OutputStream)}
     */
    public static void export(PlanExporter exporter, CooperationPlan plan, ExportOptions options, Appendable out)
            throws ExportException {
        Objects.requireNonNull(out, "out");
        run(exporter, plan, options, () -> exporter.export(plan, options, out));
    }

    private interface Action { // an export, which may throw anything
        void run() throws Exception;
    }

    private static void run(PlanExporter exporter, CooperationPlan plan, ExportOptions options, Action action)
            throws ExportException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        String type = Objects.requireNonNull(exporter, "exporter").getClass().getName();
        String id = type;
        try {
            id = Objects.requireNonNullElse(exporter.id(), type);
            List<String> outputs = exporter.outputs().stream().map(ExportOutput::id).toList();
            if (!outputs.contains(options.output())) {
                throw new ExportException(id, ExporterProblemTexts.unknownOutput(id, options.output(), outputs),
                        null);
            }
            action.run();
        } catch (ExportException e) {
            throw e;
        } catch (Exception | LinkageError | StackOverflowError e) {
            if (e instanceof java.io.IOException && e.getCause() instanceof ExportException own) {
                throw own; // an exporter's own failure, as the failure contract of PlanExporter says
            }
            throw new ExportException(id, ExporterProblemTexts.exportFailed(id, type, e), e);
        }
    }

    @Override
    public String toString() {
        return "ExporterRegistry" + ids() + (problems.isEmpty() ? "" : " problems=" + problems.stream()
                .map(ExporterProblem::code).toList());
    }
}
