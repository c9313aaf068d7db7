package dk.samarbejdsplan.export;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.Spliterator;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The exporters available to a program, found with {@link ServiceLoader}, and the problems met finding them.
 *
 * <p>Finding exporters:
 * <ul>
 * <li>{@link #load()}: the class path and the module path (boot layer). This module declares
 *     {@code uses dk.samarbejdsplan.export.PlanExporter} and calls {@link ServiceLoader} itself, so an
 *     exporter is found if it is registered with {@code provides ... with ...} (module path) or with
 *     {@code META-INF/services/dk.samarbejdsplan.export.PlanExporter} (class path). Ship both.</li>
 * <li>{@link #load(ClassLoader)}: what a class loader sees, for example one over a plugin folder.</li>
 * <li>{@link #loadPlugins(Path)}: the built-in exporters plus every jar in a plugin folder.</li>
 * <li>{@link #load(ModuleLayer)}: the named modules of a module layer (and its parents).</li>
 * <li>{@link #of(List)}: given exporter instances, checked the same way (for tests and embedding).</li>
 * </ul>
 *
 * <p>Finding never throws for a bad plugin: each provider is guarded (a stale services entry, a class that is
 * not an exporter, a constructor that throws, a missing dependency, metadata methods that throw), the failure
 * is kept as an {@link ExporterProblem} ({@link #problems()}), and the other exporters load. Problems reported:
 * {@code EXP-001} no exporters at all (names the jars to add), {@code EXP-003} two exporters with the same id
 * (names both classes and where they came from, and which one is used and why), {@code EXP-004} a provider that
 * failed (from a plugin folder: also the jar whose services file lists it), {@code EXP-005} an id that is not a
 * lowercase slug ({@code [a-z0-9]+(-[a-z0-9]+)*}; such an exporter is left out), {@code EXP-006} an unreadable
 * plugin folder.
 *
 * <p>Which of two exporters with the same id is used:
 * <ul>
 * <li>With {@link #loadPlugins(Path)}, a built-in exporter (one the plugin folder's parent class loader sees: the
 *     class path or the boot layer, as {@link #load()} finds them) always wins over an exporter from the plugin
 *     folder, so a plugin can add formats but never replace one (a plugin {@code aaa.Evil} with the id
 *     {@code html} does not take over the publication). The plugin is left out and reported as {@code EXP-003},
 *     naming both classes and the plugin's jar.</li>
 * <li>Otherwise (two plugins, two built-in exporters, or any two with {@link #load(ClassLoader)},
 *     {@link #load(ModuleLayer)} and {@link #of(List)}) the first in order of class name, then location, is
 *     used, so the choice does not depend on the order in which jars or modules are found.</li>
 * </ul>
 *
 * <p>Asking for an id that no exporter has ({@link #require(String)}, {@link #select(Collection, Collection)})
 * throws {@link UnknownExporterException} ({@code EXP-002}, lists the available ids and suggests a close one).
 *
 * <p>Running an exporter through {@link #export(PlanExporter, CooperationPlan, ExportOptions, OutputStream)}
 * turns every failure of the exporter into an {@link ExportException} naming it ({@code EXP-007}).
 *
 * <p>A registry is immutable and thread-safe once loaded. Example:
 * <pre>{@code
 * ExporterRegistry registry = ExporterRegistry.load();
 * registry.problems().forEach(p -> System.err.println(p.format(Language.EN)));
 * PlanExporter csv = registry.require("csv");
 * try (OutputStream out = Files.newOutputStream(Path.of("plan.csv"))) {
 *     ExporterRegistry.export(csv, plan, ExportOptions.defaults(), out);
 * }
 * }</pre>
 */
public final class ExporterRegistry {

    /** What an exporter id must look like: lowercase letters and digits, single hyphens between. */
    public static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Upper bound on consecutive failures of one lookup, against a service iterator that never advances. */
    private static final int MAX_FAILURES = 1000;

    private final Map<String, Loaded> byId;
    private final List<ExporterProblem> problems;
    private final String whereDa;
    private final String whereEn;

    /**
     * One exporter found, with what was read about it at load time.
     *
     * @param plugin whether it came from a plugin folder (it then loses to a built-in exporter with its id)
     */
    private record Loaded(PlanExporter exporter, ExporterInfo info, boolean plugin) {
    }

    private ExporterRegistry(Map<String, Loaded> byId, List<ExporterProblem> problems, String whereDa,
            String whereEn) {
        this.byId = byId;
        this.problems = problems;
        this.whereDa = whereDa;
        this.whereEn = whereEn;
    }

    // ------------------------------------------------------------------------------------------------ loading

    /**
     * Finds the exporters on the class path and the module path, with this module's own
     * {@code ServiceLoader.load(PlanExporter.class)} (the thread's context class loader for the class path).
     *
     * @return the registry; check {@link #problems()}
     */
    public static ExporterRegistry load() {
        return fromLoader(() -> ServiceLoader.load(PlanExporter.class), new ArrayList<>(), Origins.NONE,
                "class path og module path", "the class path and the module path");
    }

    /**
     * Finds the exporters a class loader sees (its class path, and the named modules of its layers).
     *
     * @param loader the class loader, for example a {@link URLClassLoader} over a plugin folder
     * @return the registry; check {@link #problems()}
     */
    public static ExporterRegistry load(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        return fromLoader(() -> ServiceLoader.load(PlanExporter.class, loader), new ArrayList<>(), Origins.NONE,
                "class loaderen " + nameOf(loader), "the class loader " + nameOf(loader));
    }

    /**
     * Finds the exporters provided by the named modules of a module layer and its parents.
     *
     * @param layer the module layer
     * @return the registry; check {@link #problems()}
     */
    public static ExporterRegistry load(ModuleLayer layer) {
        Objects.requireNonNull(layer, "layer");
        return fromLoader(() -> ServiceLoader.load(layer, PlanExporter.class), new ArrayList<>(), Origins.NONE,
                "module-laget", "the module layer");
    }

    /**
     * Finds the built-in exporters (as {@link #load()}) plus those in every {@code .jar} file of a plugin
     * folder, loaded by a new class loader whose parent is this module's class loader. The class loader stays
     * open as long as the exporters are used. A missing or unreadable folder is reported as {@code EXP-006}
     * and the built-in exporters are still loaded.
     *
     * <p>A plugin cannot replace a built-in exporter: when an exporter of the folder has the id of one the parent
     * class loader sees (the class path or the boot layer, those {@link #load()} finds), the built-in one is used
     * and the plugin is left out and reported as {@code EXP-003} (naming both classes and the plugin's jar).
     * Between two plugins with the same id the first by class name, then jar, is used. A services entry that
     * fails ({@code EXP-004}: a missing class, not a {@link PlanExporter}, no public constructor) names the jar(s)
     * of the folder whose {@code META-INF/services/dk.samarbejdsplan.export.PlanExporter} lists it.
     *
     * @param folder the plugin folder
     * @return the registry; check {@link #problems()}
     */
    public static ExporterRegistry loadPlugins(Path folder) {
        Objects.requireNonNull(folder, "folder");
        List<ExporterProblem> problems = new ArrayList<>();
        List<URL> urls = new ArrayList<>();
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path jar : files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                urls.add(jar.toUri().toURL());
                jars.add(jar);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Problems.pluginFolder(folder.toString(), e));
        }
        if (urls.isEmpty()) {
            return fromLoader(() -> ServiceLoader.load(PlanExporter.class), problems, Origins.NONE,
                    "class path, module path og plugin-mappen " + folder,
                    "the class path, the module path and the plugin folder " + folder);
        }
        ClassLoader parent = ExporterRegistry.class.getClassLoader();
        URLClassLoader plugins = new URLClassLoader("exporter-plugins", urls.toArray(URL[]::new), parent);
        // the boot layer's named modules are found by the loader too (ServiceLoader searches the layers of
        // the class loader's ancestors), the plugin jars on the new loader's class path
        return fromLoader(() -> ServiceLoader.load(PlanExporter.class, plugins), problems,
                new PluginFolder(plugins, List.copyOf(jars)),
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
        List<Loaded> candidates = new ArrayList<>();
        for (PlanExporter exporter : exporters) {
            Objects.requireNonNull(exporter, "exporter");
            inspect(exporter, false, problems).ifPresent(candidates::add);
        }
        return build(candidates, problems, "de givne eksportører", "the given exporters");
    }

    /**
     * A registry of given exporters.
     *
     * @param exporters the exporters
     * @return the registry; check {@link #problems()}
     */
    public static ExporterRegistry of(PlanExporter... exporters) {
        return of(List.of(exporters));
    }

    /** Where a loader's exporters come from: which are plugins, and which plugin jars list a provider. */
    private interface Origins {
        /** No plugin folder: every exporter is built-in, and no services file is searched. */
        Origins NONE = new Origins() {
            @Override
            public boolean isPlugin(Class<?> type) {
                return false;
            }

            @Override
            public List<String> jarsListing(String providerClass) {
                return List.of();
            }
        };

        /** @return whether the class was loaded from the plugin folder */
        boolean isPlugin(Class<?> type);

        /** @return the plugin jars whose services file lists the class, sorted; empty if none or unknown */
        List<String> jarsListing(String providerClass);
    }

    /** The origins of a plugin folder's class loader; the services files are read once, on the first problem. */
    private static final class PluginFolder implements Origins {
        /** More than any real services file; a bigger one is read only this far. */
        private static final int MAX_SERVICES_BYTES = 1 << 20;
        private static final String SERVICES = "META-INF/services/" + PlanExporter.class.getName();

        private final ClassLoader loader;
        private final List<Path> jars;
        private Map<String, List<String>> listedIn;

        PluginFolder(ClassLoader loader, List<Path> jars) {
            this.loader = loader;
            this.jars = jars;
        }

        @Override
        public boolean isPlugin(Class<?> type) {
            for (ClassLoader l = type.getClassLoader(); l != null; l = l.getParent()) {
                if (l == loader) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public List<String> jarsListing(String providerClass) {
            if (listedIn == null) {
                listedIn = readServicesFiles();
            }
            return listedIn.getOrDefault(providerClass, List.of());
        }

        /** Provider class name to the jars (in file name order) whose services file names it. */
        private Map<String, List<String>> readServicesFiles() {
            Map<String, List<String>> result = new java.util.HashMap<>();
            for (Path jar : jars) {
                for (String name : servicesEntries(jar)) {
                    List<String> listing = result.computeIfAbsent(name, k -> new ArrayList<>());
                    if (!listing.contains(jar.toString())) {
                        listing.add(jar.toString());
                    }
                }
            }
            return result;
        }

        /** The class names in a jar's services file, as {@link ServiceLoader} reads them; none if unreadable. */
        private static List<String> servicesEntries(Path jar) {
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
                java.util.zip.ZipEntry entry = zip.getEntry(SERVICES);
                if (entry == null) {
                    return List.of();
                }
                byte[] bytes;
                try (java.io.InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readNBytes(MAX_SERVICES_BYTES);
                }
                List<String> names = new ArrayList<>();
                for (String line : new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                    int comment = line.indexOf('#');
                    String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
                return names;
            } catch (IOException | RuntimeException e) {
                return List.of(); // a jar that cannot be read: the class loader reports what matters
            }
        }
    }

    /** A provider failed: names the jars listing it when it is not known where its class came from. */
    private static ExporterProblem providerFailed(Optional<String> name, Optional<String> source, Throwable e,
            Origins origins) {
        if (source.isEmpty() && name.isPresent()) {
            List<String> jars = origins.jarsListing(name.get());
            if (!jars.isEmpty()) {
                return Problems.providerFailedListedIn(name.get(), jars, e);
            }
        }
        return Problems.providerFailed(name, source, e);
    }

    private static ExporterRegistry fromLoader(java.util.function.Supplier<ServiceLoader<PlanExporter>> loader,
            List<ExporterProblem> problems, Origins origins, String whereDa, String whereEn) {
        List<Loaded> candidates = new ArrayList<>();
        Spliterator<ServiceLoader.Provider<PlanExporter>> providers;
        try {
            providers = loader.get().stream().spliterator();
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            problems.add(providerFailed(Problems.providerClassFrom(e), Optional.empty(), e, origins));
            return build(candidates, problems, whereDa, whereEn);
        }
        int failuresInARow = 0;
        String lastFailure = null;
        while (failuresInARow < MAX_FAILURES) {
            List<ServiceLoader.Provider<PlanExporter>> next = new ArrayList<>(1);
            try {
                // ServiceConfigurationError (bad services entry, not a subtype, no public constructor) and
                // linkage errors (a missing dependency) can come from the iteration itself
                if (!providers.tryAdvance(next::add)) {
                    break;
                }
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                failuresInARow++;
                if (String.valueOf(e).equals(lastFailure)) {
                    break; // the lookup does not advance past this failure
                }
                lastFailure = String.valueOf(e);
                problems.add(providerFailed(Problems.providerClassFrom(e), Optional.empty(), e, origins));
                continue;
            }
            failuresInARow = 0;
            lastFailure = null;
            ServiceLoader.Provider<PlanExporter> provider = next.get(0);
            Class<?> type = null;
            try {
                type = provider.type();
                PlanExporter exporter = provider.get();
                inspect(exporter, origins.isPlugin(exporter.getClass()), problems).ifPresent(candidates::add);
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                Optional<String> name = type != null ? Optional.of(type.getName()) : Problems.providerClassFrom(e);
                Optional<String> source = type != null ? Optional.of(sourceOf(type)) : Optional.empty();
                problems.add(providerFailed(name, source, e, origins));
            }
        }
        return build(candidates, problems, whereDa, whereEn);
    }

    /** Reads an exporter's metadata, guarded; checks its id. */
    private static Optional<Loaded> inspect(PlanExporter exporter, boolean plugin, List<ExporterProblem> problems) {
        ExporterInfo info;
        try {
            info = infoOf(exporter);
        } catch (RuntimeException | LinkageError e) {
            Class<?> type = exporter.getClass();
            problems.add(Problems.providerFailed(Optional.of(type.getName()), Optional.of(sourceOf(type)), e));
            return Optional.empty();
        }
        if (!ID_PATTERN.matcher(info.id()).matches()) {
            problems.add(Problems.invalidId(info.id(), info));
            return Optional.empty();
        }
        return Optional.of(new Loaded(exporter, info, plugin));
    }

    private static ExporterRegistry build(List<Loaded> candidates, List<ExporterProblem> problems, String whereDa,
            String whereEn) {
        Map<String, List<Loaded>> groups = new TreeMap<>();
        for (Loaded c : candidates) {
            groups.computeIfAbsent(c.info().id(), k -> new ArrayList<>()).add(c);
        }
        Map<String, Loaded> byId = new LinkedHashMap<>();
        for (Map.Entry<String, List<Loaded>> group : groups.entrySet()) {
            List<Loaded> same = new ArrayList<>(group.getValue());
            // a built-in exporter before any plugin (a plugin never replaces one); then a deterministic choice,
            // whatever order the class path, the plugin folder or the module graph gives
            same.sort(Comparator.comparing(Loaded::plugin)
                    .thenComparing(l -> l.info().providerClass())
                    .thenComparing(l -> l.info().source()));
            Loaded kept = same.get(0);
            byId.put(group.getKey(), kept);
            for (Loaded other : same.subList(1, same.size())) {
                problems.add(!kept.plugin() && other.plugin()
                        ? Problems.pluginShadowsBuiltIn(group.getKey(), kept.info(), other.info())
                        : Problems.duplicateId(group.getKey(), kept.info(), other.info()));
            }
        }
        if (byId.isEmpty()) {
            problems.add(Problems.noExporters(whereDa, whereEn));
        }
        return new ExporterRegistry(java.util.Collections.unmodifiableMap(byId), List.copyOf(problems), whereDa,
                whereEn);
    }

    // ---------------------------------------------------------------------------------------------- querying

    /** @return the exporters, sorted by id */
    public List<PlanExporter> all() {
        return byId.values().stream().map(Loaded::exporter).toList();
    }

    /** @return the ids of the exporters, sorted */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /**
     * The exporter with an id.
     *
     * @param id the id, for example {@code "csv"}
     * @return the exporter, if there is one with exactly that id
     */
    public Optional<PlanExporter> find(String id) {
        Loaded loaded = byId.get(Objects.requireNonNull(id, "id"));
        return loaded == null ? Optional.empty() : Optional.of(loaded.exporter());
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
        return find(id).orElseThrow(() -> unknown(id));
    }

    /**
     * Selects exporters by id, as a command line's {@code --format} / {@code --exclude} options do.
     *
     * @param include the ids to use, in the order wanted; empty means every exporter (sorted by id)
     * @param exclude the ids to leave out
     * @return the selected exporters, without repeats
     * @throws UnknownExporterException ({@code EXP-002}) if an included or excluded id names no exporter
     */
    public List<PlanExporter> select(Collection<String> include, Collection<String> exclude) {
        for (String id : exclude) {
            if (!byId.containsKey(id)) {
                throw unknown(id);
            }
        }
        Set<String> chosen = new LinkedHashSet<>();
        if (include.isEmpty()) {
            chosen.addAll(byId.keySet());
        } else {
            for (String id : include) {
                if (!byId.containsKey(id)) {
                    throw unknown(id);
                }
                chosen.add(id);
            }
        }
        chosen.removeAll(Set.copyOf(exclude));
        return chosen.stream().map(id -> byId.get(id).exporter()).toList();
    }

    /**
     * The problems met while loading, in the order met; empty when all went well. {@code EXP-001} is among
     * them when no exporter was found.
     *
     * @return the problems
     */
    public List<ExporterProblem> problems() {
        return problems;
    }

    /**
     * What a {@code formats} command shows about an exporter: id, name, media type, extension, version,
     * outputs, class, and the module and jar it came from.
     *
     * @param exporter an exporter, normally one of {@link #all()}
     * @return its description (read at load time for the exporters of this registry)
     * @throws RuntimeException whatever the exporter's metadata methods throw, for an exporter not of this
     *         registry
     */
    public ExporterInfo describe(PlanExporter exporter) {
        Objects.requireNonNull(exporter, "exporter");
        for (Loaded loaded : byId.values()) {
            if (loaded.exporter() == exporter) {
                return loaded.info();
            }
        }
        return infoOf(exporter);
    }

    /** @return the descriptions of every exporter, sorted by id */
    public List<ExporterInfo> describeAll() {
        return byId.values().stream().map(Loaded::info).toList();
    }

    private UnknownExporterException unknown(String id) {
        List<String> available = ids();
        return new UnknownExporterException(Problems.unknownId(id, available, suggest(id, available)), id,
                available);
    }

    /** A close id: the same ignoring case and spaces, a prefix, or at most two edits away. */
    static Optional<String> suggest(String id, List<String> available) {
        String wanted = id.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (!wanted.equals(id) && available.contains(wanted)) {
            return Optional.of(wanted);
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : available) {
            int d = Problems.distance(wanted, candidate);
            boolean prefix = wanted.length() >= 2 && (candidate.startsWith(wanted) || wanted.startsWith(candidate));
            int limit = candidate.length() <= 3 ? 1 : 2;
            if ((d <= limit || prefix) && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    // ----------------------------------------------------------------------------------------------- running

    /**
     * Runs an exporter on a byte stream (UTF-8; flushed, never closed), turning every failure into an
     * {@link ExportException} that names the exporter.
     *
     * @param exporter the exporter
     * @param plan the plan
     * @param options the options; {@link ExportOptions#output()} must be one of the exporter's outputs
     * @param out where to write; not closed
     * @throws ExportException {@code EXP-008} for an output the exporter does not have; {@code EXP-007} for
     *         anything the exporter or the stream throws (an {@link IOException}, a {@link RuntimeException}, a
     *         linkage error from a plugin's missing dependency, a stack overflow)
     */
    public static void export(PlanExporter exporter, CooperationPlan plan, ExportOptions options, OutputStream out)
            throws ExportException {
        Objects.requireNonNull(out, "out");
        run(exporter, plan, options, () -> exporter.export(plan, options, out));
    }

    /**
     * Runs an exporter on a character sink (never closed), turning every failure into an
     * {@link ExportException} that names the exporter.
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

    /**
     * Runs the exporter with an id on a byte stream.
     *
     * @param id the exporter's id
     * @param plan the plan
     * @param options the options
     * @param out where to write; not closed
     * @throws UnknownExporterException ({@code EXP-002}) if no exporter has the id
     * @throws ExportException if the export fails
     */
    public void export(String id, CooperationPlan plan, ExportOptions options, OutputStream out)
            throws ExportException {
        export(require(id), plan, options, out);
    }

    /** An export action that may throw anything. */
    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    private static void run(PlanExporter exporter, CooperationPlan plan, ExportOptions options, Action action)
            throws ExportException {
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        String id = safeId(exporter);
        List<String> outputs;
        try {
            outputs = exporter.outputs().stream().map(ExportOutput::id).toList();
        } catch (RuntimeException | LinkageError e) {
            throw new ExportException(id, Problems.exportFailed(id, exporter.getClass().getName(), e), e);
        }
        if (!outputs.contains(options.output())) {
            throw new ExportException(id, Problems.unknownOutput(id, options.output(), outputs), null);
        }
        try {
            action.run();
        } catch (ExportException e) {
            throw e;
        } catch (Exception | LinkageError | StackOverflowError e) {
            throw new ExportException(id, Problems.exportFailed(id, exporter.getClass().getName(), e), e);
        }
    }

    private static String nameOf(ClassLoader loader) {
        return loader.getName() != null ? loader.getName() : loader.getClass().getName();
    }

    private static String safeId(PlanExporter exporter) {
        try {
            return Objects.requireNonNullElse(exporter.id(), exporter.getClass().getName());
        } catch (RuntimeException | LinkageError e) {
            return exporter.getClass().getName();
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static ExporterInfo infoOf(PlanExporter exporter) {
        Class<?> type = exporter.getClass();
        Module module = type.getModule();
        return new ExporterInfo(
                Objects.requireNonNull(exporter.id(), "id() returned null"),
                Objects.requireNonNull(exporter.displayName(), "displayName() returned null"),
                Objects.requireNonNull(exporter.mediaType(), "mediaType() returned null"),
                Objects.requireNonNull(exporter.fileExtension(), "fileExtension() returned null"),
                Objects.requireNonNullElse(exporter.version(), "unknown"),
                Objects.requireNonNull(exporter.outputs(), "outputs() returned null"),
                type.getName(),
                module.isNamed() ? Optional.of(module.getName()) : Optional.empty(),
                locationOf(type));
    }

    private static String sourceOf(Class<?> type) {
        Module module = type.getModule();
        Optional<String> location = locationOf(type);
        if (module.isNamed()) {
            return "module " + module.getName() + location.map(l -> " (" + l + ")").orElse("");
        }
        return location.orElse(type.getName());
    }

    /** The jar file or class folder a class came from, as a file path where it is one. */
    static Optional<String> locationOf(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            URL url = source.getLocation();
            if ("file".equals(url.getProtocol())) {
                try {
                    return Optional.of(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return Optional.of(url.toString());
                }
            }
            return Optional.of(url.toString());
        } catch (SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * The message for a caller that prints the problems of a load.
     *
     * @param language the language
     * @return one line per problem, with its code; empty when there are none
     */
    public List<String> problemMessages(Language language) {
        return problems.stream().map(p -> p.format(language)).toList();
    }

    /**
     * Where this registry searched, for messages.
     *
     * @param language the language
     * @return for example "the class path and the module path"
     */
    public String searched(Language language) {
        return language == Language.EN ? whereEn : whereDa;
    }

    @Override
    public String toString() {
        return "ExporterRegistry" + ids() + (problems.isEmpty() ? "" : " problems=" + problems.stream()
                .map(ExporterProblem::code).toList());
    }
}
