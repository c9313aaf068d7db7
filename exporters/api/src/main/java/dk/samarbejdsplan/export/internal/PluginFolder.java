package dk.samarbejdsplan.export.internal;

import dk.samarbejdsplan.export.ExporterProblem;
import dk.samarbejdsplan.export.PlanExporter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The jars of a plugin folder and the class loader over them. Only regular files named {@code *.jar} that open as
 * non-empty zip files are used; every other {@code *.jar} ({@code EXP-009}: a folder, a FIFO, which would block the
 * reader forever, an empty or corrupt file) is reported and skipped, so nothing the folder holds can hang or stop
 * the loading. Each jar's services file is read here, once, to name the jar of a provider that fails.
 */
public final class PluginFolder implements ExporterScan.Origins {
    /** More than any real services file; a bigger one is read only this far. */
    private static final int MAX_SERVICES_BYTES = 1 << 20;

    /** One usable plugin jar and the provider classes its services file lists. */
    private record Jar(Path path, List<String> providers) {
    }

    private final List<Jar> jars;
    private final URLClassLoader loader;

    private PluginFolder(List<Jar> jars, URLClassLoader loader) {
        this.jars = jars;
        this.loader = loader;
    }

    /**
     * Reads a plugin folder: checks each {@code *.jar}, and opens a class loader over the usable ones (its parent
     * is the exporter API's class loader). The class loader stays open as long as the exporters are used.
     *
     * @param folder the folder
     * @param problems where to add {@code EXP-006} (folder unreadable) and {@code EXP-009} (a file skipped)
     * @return the folder, with no class loader when it holds no usable jar
     */
    public static PluginFolder open(Path folder, List<ExporterProblem> problems) {
        List<Jar> jars = new ArrayList<>();
        List<Path> candidates;
        try (Stream<Path> files = Files.list(folder)) {
            candidates = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException | RuntimeException e) {
            problems.add(ExporterProblemTexts.pluginFolder(folder.toString(), e));
            return new PluginFolder(List.of(), null);
        }
        List<URL> urls = new ArrayList<>();
        for (Path file : candidates) {
            if (!Files.isRegularFile(file)) {
                problems.add(ExporterProblemTexts.badPluginFile(file, false, null));
                continue;
            }
            try {
                jars.add(new Jar(file, providersListedIn(file)));
                urls.add(file.toUri().toURL());
            } catch (IOException | RuntimeException e) {
                problems.add(ExporterProblemTexts.badPluginFile(file, true, e));
            }
        }
        if (urls.isEmpty()) {
            return new PluginFolder(List.copyOf(jars), null);
        }
        return new PluginFolder(List.copyOf(jars), new URLClassLoader("exporter-plugins", urls.toArray(URL[]::new),
                PluginFolder.class.getClassLoader()));
    }

    /** @return the class loader over the usable jars, if there is one */
    public Optional<ClassLoader> loader() {
        return Optional.ofNullable(loader);
    }

    @Override
    public boolean isPlugin(Class<?> type) {
        for (ClassLoader l = type.getClassLoader(); l != null && loader != null; l = l.getParent()) {
            if (l == loader) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> jarsListing(String providerClass) {
        return jars.stream().filter(j -> j.providers().contains(providerClass)).map(j -> j.path().toString())
                .toList();
    }

    /**
     * The class names in a jar's services file, as {@link java.util.ServiceLoader} reads them.
     *
     * @throws IOException if the file is not a zip file, or an empty one
     */
    private static List<String> providersListedIn(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.size() == 0) {
                throw new IOException("no entries");
            }
            ZipEntry entry = zip.getEntry(ExporterScan.SERVICES);
            if (entry == null) {
                return List.of();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return ExporterScan.providerNames(new String(in.readNBytes(MAX_SERVICES_BYTES),
                        StandardCharsets.UTF_8));
            }
        }
    }
}
