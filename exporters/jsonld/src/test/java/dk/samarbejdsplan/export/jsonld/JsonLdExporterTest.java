package dk.samarbejdsplan.export.jsonld;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.export.jsonld.internal.JsonLdExporter;
import dk.samarbejdsplan.model.CooperationPlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The exporter's metadata, registration and the properties of its bytes. */
class JsonLdExporterTest {
    private final PlanExporter exporter = new JsonLdExporter();
    private final CooperationPlan plan = Plans2007.part();

    @Test
    void metadata() {
        assertEquals("jsonld", exporter.id());
        assertEquals("application/ld+json", exporter.mediaType());
        assertEquals("jsonld", exporter.fileExtension());
        assertFalse(exporter.displayName().isBlank());
        assertEquals(1, exporter.outputs().size());
    }

    @Test
    void serviceLoaderFindsItOnTheClassPath() {
        List<String> ids = ServiceLoader.load(PlanExporter.class).stream()
                .map(ServiceLoader.Provider::get).map(PlanExporter::id).collect(Collectors.toList());
        assertTrue(ids.contains("jsonld"), ids::toString);
    }

    @Test
    void registeredInMetaInfServicesAndInTheModuleDescriptor() throws IOException {
        String services = Files.readString(
                Path.of("target/classes/META-INF/services/dk.samarbejdsplan.export.PlanExporter"));
        assertEquals(List.of(JsonLdExporter.class.getName()), services.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());

        ModuleDescriptor module = ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next()
                .descriptor();
        assertEquals("dk.samarbejdsplan.export.jsonld", module.name());
        assertTrue(module.provides().stream().anyMatch(p -> p.service().equals(PlanExporter.class.getName())
                && p.providers().equals(List.of(JsonLdExporter.class.getName()))), module.provides()::toString);
        assertEquals(List.of("dk.samarbejdsplan.export.jsonld"),
                module.exports().stream().map(ModuleDescriptor.Exports::source).toList(),
                "only the options package is exported");
    }

    @Test
    void utf8WithRealDanishLettersAndUnixLineEnds() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        exporter.export(plan, ExportOptions.defaults(), bytes);
        String text = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"Kredsrådet for Midt- og Vestsjællands Politi\""));
        assertTrue(text.contains("Køge") && text.contains("Solrød") && text.contains("Opfølgning"));
        assertFalse(text.contains("\\u00"), "no \\u escapes of Danish letters");
        assertFalse(text.contains("\r"), "\\n line ends only");
        assertTrue(text.endsWith("}\n"));
        assertTrue(text.startsWith("{\"@context\":{\"@version\":1.1,\"@language\":\"da\","),
                "compact by default: no whitespace between tokens");
        assertEquals(text.length() - 1, text.indexOf('\n'), "one line (line ends in texts are escaped)");
        assertArrayEquals(StrictJsonLd.export(plan).getBytes(StandardCharsets.UTF_8), bytes.toByteArray(),
                "the stream and the Appendable give the same document");
    }

    @Test
    void prettyIsTheSameJsonIndented() throws IOException {
        ExportOptions prettyOptions = ExportOptions.builder()
                .formatOptions(JsonLdOptions.defaults().withPretty(true)).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        exporter.export(plan, prettyOptions, bytes);
        String pretty = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
        assertTrue(pretty.startsWith("{\n  \"@context\": {\n    \"@version\": 1.1,\n"), "two-space indent");
        assertTrue(pretty.contains("\n      \"@type\": [\n        \"prov:Plan\",\n        \"schema:CreativeWork\"\n"),
                "arrays indented too");
        assertTrue(pretty.endsWith("\n}\n"));
        assertFalse(pretty.contains("\r"));
        assertArrayEquals(StrictJsonLd.export(plan, prettyOptions).getBytes(StandardCharsets.UTF_8),
                bytes.toByteArray(), "the stream and the Appendable give the same document");

        String compact = StrictJsonLd.export(plan);
        assertTrue(compact.length() < pretty.length(), "compact is smaller");
        assertEquals(StrictJsonLd.parse(compact), StrictJsonLd.parse(pretty), "the same JSON");
        assertEquals(StrictJsonLd.parse(compact),
                StrictJsonLd.parse(StrictJsonLd.export(plan, ExportOptions.builder()
                        .parameter("jsonld.pretty", "true").build())), "the parameter gives the same JSON");
        assertTrue(StrictJsonLd.export(plan, ExportOptions.builder().parameter("jsonld.pretty", "true").build())
                .startsWith("{\n  \"@context\""), "the parameter indents");
    }

    @Test
    void instantiatingTheExporterLoadsNoJackson() throws Exception {
        // a fresh loader for the application classes, recording what it loads: the formats command lists the
        // exporters without exporting, and must not pay for Jackson
        List<String> loaded = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.net.URL[] path = java.util.Arrays.stream(System.getProperty("java.class.path")
                .split(java.io.File.pathSeparator)).map(p -> {
                    try {
                        return Path.of(p).toUri().toURL();
                    } catch (java.net.MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                }).toArray(java.net.URL[]::new);
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(path,
                ClassLoader.getPlatformClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                loaded.add(name);
                return super.findClass(name);
            }
        }) {
            Class<?> api = loader.loadClass(PlanExporter.class.getName());
            Object found = ServiceLoader.load(api, loader).stream().map(ServiceLoader.Provider::get)
                    .filter(e -> e.getClass().getName().equals(JsonLdExporter.class.getName())).findFirst()
                    .orElseThrow();
            assertEquals("jsonld", api.getMethod("id").invoke(found));
            api.getMethod("displayName").invoke(found);
            assertTrue(loaded.contains(JsonLdExporter.class.getName()), loaded::toString);
            assertEquals(List.of(), loaded.stream().filter(n -> n.startsWith("tools.jackson.")).toList(),
                    "Jackson classes loaded by instantiating the exporter");

            // and the check can fail: an export loads them
            Class<?> plans = loader.loadClass("dk.samarbejdsplan.model.testkit.SamplePlans");
            Object plan2007 = plans.getMethod("plan2007").invoke(null);
            Class<?> options = loader.loadClass(ExportOptions.class.getName());
            api.getMethod("export", loader.loadClass(CooperationPlan.class.getName()), options,
                    java.io.OutputStream.class).invoke(found, plan2007, options.getMethod("defaults").invoke(null),
                    new ByteArrayOutputStream());
            assertTrue(loaded.stream().anyMatch(n -> n.startsWith("tools.jackson.")), "an export loads Jackson");
        }
    }

    @Test
    void deterministicAndThreadSafe() throws Exception {
        String first = StrictJsonLd.export(plan);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> runs = pool.invokeAll(java.util.Collections.nCopies(16,
                    () -> StrictJsonLd.export(plan)));
            for (Future<String> run : runs) {
                assertEquals(first, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void neverClosesTheCallersSink() throws IOException {
        boolean[] closed = {false};
        StringWriter writer = new StringWriter() {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        exporter.export(plan, ExportOptions.defaults(), writer);
        assertFalse(closed[0], "the Writer is not closed");
        assertEquals(StrictJsonLd.export(plan), writer.toString());

        boolean[] streamClosed = {false};
        ByteArrayOutputStream stream = new ByteArrayOutputStream() {
            @Override
            public void close() throws IOException {
                streamClosed[0] = true;
            }
        };
        exporter.export(plan, ExportOptions.defaults(), stream);
        assertFalse(streamClosed[0], "the stream is not closed");
        stream.write('x');
        assertTrue(stream.size() > 1);
    }

    @Test
    void aFailingSinkGivesTheCallersIOException() {
        IOException failure = new IOException("disk full");
        Appendable broken = new Appendable() {
            @Override
            public Appendable append(CharSequence csq) throws IOException {
                throw failure;
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) throws IOException {
                throw failure;
            }

            @Override
            public Appendable append(char c) throws IOException {
                throw failure;
            }
        };
        IOException thrown = assertThrows(IOException.class,
                () -> exporter.export(plan, ExportOptions.defaults(), broken));
        assertSame(failure, thrown);
    }

    @Test
    void aBadBaseParameterIsAClearError() {
        ExportOptions options = ExportOptions.builder().parameter("jsonld.base", "politi.dk/plan").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> exporter.export(plan, options, new StringBuilder()));
        assertTrue(e.getMessage().startsWith("EXP-JSONLD-001"), e.getMessage());
    }
}
