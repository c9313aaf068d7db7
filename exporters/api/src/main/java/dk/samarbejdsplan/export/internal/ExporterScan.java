package dk.samarbejdsplan.export.internal;

import dk.samarbejdsplan.export.ExportOutput;
import dk.samarbejdsplan.export.ExporterInfo;
import dk.samarbejdsplan.export.ExporterParameter;
import dk.samarbejdsplan.export.ExporterProblem;
import dk.samarbejdsplan.export.ExporterRegistry;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Enumeration;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Finds exporters with a {@link ServiceLoader}, guarded: each provider is instantiated and its metadata read once
 * (under a time limit, on a daemon thread, when one is given), and every failure becomes an
 * {@link ExporterProblem} while the other exporters load.
 *
 * <p>A provider that fails while the loader iterates (a services entry whose class is missing, is no exporter or
 * has no public constructor) is named without reading the JDK's error text: the class path entries are read from
 * the services files themselves ({@link #listedProviders}), in the order {@link ServiceLoader} tries them, so the
 * failing one is the entry after the last class path provider that was found.
 */
public final class ExporterScan {
    /** The services file of the exporters. */
    public static final String SERVICES = "META-INF/services/" + PlanExporter.class.getName();

    /** Upper bound on consecutive failures of one lookup, against a service iterator that never advances. */
    private static final int MAX_FAILURES = 1000;

    private ExporterScan() {
    }

    /**
     * One exporter found, with its metadata as read once at load time.
     *
     * @param exporter the exporter
     * @param info its metadata and origin
     * @param plugin whether it came from a plugin folder (it then loses to a built-in exporter with its id)
     */
    public record Found(PlanExporter exporter, ExporterInfo info, boolean plugin) {
    }

    /** Where a loader's exporters come from: which are plugins, and which plugin jars list a provider. */
    public interface Origins {
        /** No plugin folder: every exporter is built-in. */
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

        /**
         * @param type a provider class
         * @return whether it was loaded from the plugin folder
         */
        boolean isPlugin(Class<?> type);

        /**
         * @param providerClass a provider class name
         * @return the plugin jars whose services file lists it, sorted; empty if none or unknown
         */
        List<String> jarsListing(String providerClass);
    }

    /** What instantiating one provider gave: an exporter, or a problem. */
    private record Outcome(Found found, ExporterProblem problem) {
    }

    /**
     * Finds the exporters of a service loader.
     *
     * @param loader makes the service loader
     * @param listed the provider class names of the class path's services files, in order ({@link #listedProviders})
     * @param origins which exporters are plugins
     * @param timeout the time limit for instantiating one provider and reading its metadata, or {@code null} for none
     * @param problems where to add the problems
     * @return the exporters found, in the order found
     */
    public static List<Found> scan(Supplier<ServiceLoader<PlanExporter>> loader, List<String> listed,
            Origins origins, Duration timeout, List<ExporterProblem> problems) {
        List<Found> found = new ArrayList<>();
        Spliterator<ServiceLoader.Provider<PlanExporter>> providers;
        try {
            providers = loader.get().stream().spliterator();
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            problems.add(ExporterProblemTexts.providerFailed(Optional.empty(), Optional.empty(), e));
            return found;
        }
        List<String> entries = new ArrayList<>(listed);
        int nextListed = 0; // the services entry the loader tries next on the class path
        int failuresInARow = 0;
        String lastFailure = null;
        while (failuresInARow < MAX_FAILURES) {
            List<ServiceLoader.Provider<PlanExporter>> next = new ArrayList<>(1);
            try {
                // a bad services entry (missing class, not an exporter, no public constructor) or a missing
                // dependency fails the iteration itself
                if (!providers.tryAdvance(next::add)) {
                    break;
                }
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                failuresInARow++;
                if (String.valueOf(e).equals(lastFailure)) {
                    break; // the lookup does not advance past this failure
                }
                lastFailure = String.valueOf(e);
                Optional<String> name = nextListed < entries.size() ? Optional.of(entries.get(nextListed++))
                        : Optional.empty();
                List<String> jars = name.map(origins::jarsListing).orElse(List.of());
                problems.add(jars.isEmpty() ? ExporterProblemTexts.providerFailed(name, Optional.empty(), e)
                        : ExporterProblemTexts.providerFailedListedIn(name.get(), jars, e));
                continue;
            }
            failuresInARow = 0;
            lastFailure = null;
            Class<? extends PlanExporter> type = next.get(0).type();
            if (type.getModule().isNamed()) {
                entries.remove(type.getName()); // the class path lookup skips a class of a named module silently
            } else if (entries.contains(type.getName())) {
                nextListed = entries.indexOf(type.getName()) + 1;
            }
            boolean plugin = origins.isPlugin(type);
            Outcome outcome = instantiate(next.get(0), type, plugin, timeout);
            if (outcome.found() != null) {
                found.add(outcome.found());
            } else {
                problems.add(outcome.problem());
            }
        }
        return found;
    }

    /** Instantiates a provider and reads its metadata, on a daemon thread under the time limit if there is one. */
    private static Outcome instantiate(ServiceLoader.Provider<PlanExporter> provider, Class<?> type, boolean plugin,
            Duration timeout) {
        FutureTask<Outcome> task = new FutureTask<>(() -> inspect(provider.get(), plugin));
        try {
            if (timeout == null) {
                task.run();
                return task.get();
            }
            Thread thread = new Thread(task, "exporter-loading " + type.getName());
            thread.setDaemon(true); // a constructor that never returns must not keep the program alive
            thread.start();
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            return new Outcome(null, ExporterProblemTexts.timedOut(type.getName(), sourceOf(type), timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            return new Outcome(null, ExporterProblemTexts.providerFailed(Optional.of(type.getName()),
                    Optional.of(sourceOf(type)), e));
        } catch (ExecutionException e) {
            return new Outcome(null, ExporterProblemTexts.providerFailed(Optional.of(type.getName()),
                    Optional.of(sourceOf(type)), e.getCause()));
        }
    }

    /**
     * Reads an exporter's metadata once, guarded, and checks it.
     *
     * @param exporter the exporter
     * @param plugin whether it came from a plugin folder
     * @param problems where to add the problem if it is not usable
     * @return the exporter with its metadata, if usable
     */
    public static Optional<Found> inspect(PlanExporter exporter, boolean plugin, List<ExporterProblem> problems) {
        Outcome outcome;
        try {
            outcome = inspect(exporter, plugin);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            Class<?> type = exporter.getClass();
            outcome = new Outcome(null, ExporterProblemTexts.providerFailed(Optional.of(type.getName()),
                    Optional.of(sourceOf(type)), e));
        }
        if (outcome.problem() != null) {
            problems.add(outcome.problem());
        }
        return Optional.ofNullable(outcome.found());
    }

    private static Outcome inspect(PlanExporter exporter, boolean plugin) {
        Class<?> type = exporter.getClass();
        Module module = type.getModule();
        String id = exporter.id();
        String displayName = exporter.displayName();
        Map<Language, String> displayNames = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            displayNames.put(language, exporter.displayName(language));
        }
        String mediaType = exporter.mediaType();
        String extension = exporter.fileExtension();
        String version = exporter.version();
        List<ExportOutput> outputs = exporter.outputs();
        List<ExporterParameter> parameters = exporter.parameters();
        Optional<String> wrong = wrongIn(id, displayName, displayNames, mediaType, extension, outputs, parameters);
        if (wrong.isPresent()) {
            return new Outcome(null, ExporterProblemTexts.badMetadata(Optional.ofNullable(id), type.getName(),
                    sourceOf(type), wrong.get()));
        }
        ExporterInfo info = new ExporterInfo(id, displayName, displayNames, mediaType, extension,
                version == null || version.isBlank() ? "unknown" : version, outputs, parameters, type.getName(),
                module.isNamed() ? Optional.of(module.getName()) : Optional.empty(), locationOf(type));
        if (!ExporterRegistry.ID_PATTERN.matcher(id).matches()) {
            return new Outcome(null, ExporterProblemTexts.invalidId(id, info));
        }
        return new Outcome(new Found(exporter, info, plugin), null);
    }

    /** What is unusable in an exporter's metadata, in words, if anything. */
    private static Optional<String> wrongIn(String id, String displayName, Map<Language, String> displayNames,
            String mediaType, String extension, List<ExportOutput> outputs, List<ExporterParameter> parameters) {
        if (id == null || displayName == null || mediaType == null) {
            return Optional.of((id == null ? "id()" : displayName == null ? "displayName()" : "mediaType()")
                    + " returned null");
        }
        for (Map.Entry<Language, String> name : displayNames.entrySet()) {
            if (name.getValue() == null) {
                return Optional.of("displayName(" + name.getKey() + ") returned null");
            }
        }
        if (extension == null) {
            return Optional.of("fileExtension() returned null");
        }
        if (outputs == null || outputs.isEmpty() || outputs.stream().anyMatch(Objects::isNull)) {
            return Optional.of("outputs() returned " + outputs + ", not a list of outputs");
        }
        if (parameters == null || parameters.stream().anyMatch(Objects::isNull)) {
            return Optional.of("parameters() returned " + parameters);
        }
        return Optional.empty();
    }

    /**
     * Keeps one exporter per id: a built-in exporter before any plugin (a plugin never replaces one), then the
     * first by class name and location, whatever order the class path, the plugin folder or the module graph gave.
     *
     * @param found the exporters found
     * @param problems where to add {@code EXP-003} for each exporter left out
     * @return the exporters kept, sorted by id
     */
    public static Map<String, Found> choose(List<Found> found, List<ExporterProblem> problems) {
        Map<String, List<Found>> groups = new TreeMap<>();
        for (Found f : found) {
            groups.computeIfAbsent(f.info().id(), k -> new ArrayList<>()).add(f);
        }
        Map<String, Found> byId = new LinkedHashMap<>();
        for (Map.Entry<String, List<Found>> group : groups.entrySet()) {
            List<Found> same = new ArrayList<>(group.getValue());
            same.sort(Comparator.comparing(Found::plugin).thenComparing(f -> f.info().providerClass())
                    .thenComparing(f -> f.info().source()));
            Found kept = same.get(0);
            byId.put(group.getKey(), kept);
            for (Found other : same.subList(1, same.size())) {
                problems.add(!kept.plugin() && other.plugin()
                        ? ExporterProblemTexts.pluginShadowsBuiltIn(group.getKey(), kept.info(), other.info())
                        : ExporterProblemTexts.duplicateId(group.getKey(), kept.info(), other.info()));
            }
        }
        return byId;
    }

    /**
     * The provider class names of every services file a class loader sees, in the order {@link ServiceLoader}
     * tries them on the class path, without repeats.
     *
     * @param loader the class loader, or {@code null} for the system class loader
     * @return the names; empty if the files cannot be read
     */
    public static List<String> listedProviders(ClassLoader loader) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> files = loader == null ? ClassLoader.getSystemResources(SERVICES)
                    : loader.getResources(SERVICES);
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream()) {
                    names.addAll(providerNames(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.copyOf(names); // the loader reports what matters
        }
        return List.copyOf(names);
    }

    /**
     * The class names of a services file's text: one a line, {@code #} starts a comment.
     *
     * @param text the file's text
     * @return the names, in order
     */
    static List<String> providerNames(String text) {
        List<String> names = new ArrayList<>();
        for (String line : text.split("\\R")) {
            int comment = line.indexOf('#');
            String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Where a class came from, for messages: {@code "module m (/path/m.jar)"}, a jar or folder, or its name.
     *
     * @param type the class
     * @return the description
     */
    public static String sourceOf(Class<?> type) {
        Module module = type.getModule();
        Optional<String> location = locationOf(type);
        if (module.isNamed()) {
            return "module " + module.getName() + location.map(l -> " (" + l + ")").orElse("");
        }
        return location.orElse(type.getName());
    }

    /** The jar file or class folder a class came from, as a file path where it is one. */
    private static Optional<String> locationOf(Class<?> type) {
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
}
