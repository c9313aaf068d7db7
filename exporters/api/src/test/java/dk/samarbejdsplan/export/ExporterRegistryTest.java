package dk.samarbejdsplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.fakes.AlphaExporter;
import dk.samarbejdsplan.export.fakes.BetaExporter;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.PoliceDistrict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The registry with the fake exporters of the test class path, and with given exporter instances. */
class ExporterRegistryTest {

    static final CooperationPlan PLAN = CooperationPlan.builder()
            .district(PoliceDistrict.of("Midt- og Vestsjællands Politi", "1467")).year(2007).build();

    @Test
    void loadFindsTheExportersOfTheServicesFileSortedById() {
        ExporterRegistry registry = ExporterRegistry.load();
        assertEquals(List.of("alpha", "beta-two"), registry.ids());
        assertEquals(List.of(), registry.problems());
        assertInstanceOf(AlphaExporter.class, registry.all().get(0));
        assertInstanceOf(BetaExporter.class, registry.all().get(1));
        assertTrue(registry.find("alpha").isPresent());
        assertEquals(Optional.empty(), registry.find("gamma"));
        assertSame(registry.find("alpha").get(), registry.require("alpha"));
    }

    @Test
    void describeNamesTheClassAndTheFolderItCameFrom() {
        ExporterRegistry registry = ExporterRegistry.load();
        ExporterInfo info = registry.describe(registry.require("beta-two"));
        assertEquals("beta-two", info.id());
        assertEquals("Beta (test)", info.displayName());
        assertEquals("text/csv", info.mediaType());
        assertEquals("csv", info.fileExtension());
        assertEquals("unknown", info.version());
        assertEquals(List.of("main", "meetings"), info.outputs().stream().map(ExportOutput::id).toList());
        assertEquals(BetaExporter.class.getName(), info.providerClass());
        assertEquals(Optional.empty(), info.module(), "test classes are in the unnamed module");
        assertEquals(Optional.of(PluginBuilder.location(BetaExporter.class).toString()), info.location());
        assertTrue(info.source().endsWith("test-classes"), info.source());
        assertEquals(2, registry.describeAll().size());
    }

    @Test
    void unknownIdListsTheAvailableOnesAndSuggestsACloseOne() {
        ExporterRegistry registry = ExporterRegistry.load();
        UnknownExporterException e = assertThrows(UnknownExporterException.class, () -> registry.require("alpah"));
        assertEquals("EXP-002", e.problem().code());
        assertEquals(ExporterProblem.Kind.UNKNOWN_ID, e.problem().kind());
        assertEquals("EXP-002: Unknown exporter 'alpah'. Did you mean 'alpha'? Available: alpha, beta-two.",
                e.message(Language.EN));
        assertEquals("EXP-002: Ukendt eksportør 'alpah'. Mente du 'alpha'? Tilgængelige: alpha, beta-two.",
                e.message(Language.DA));
        assertEquals(e.message(Language.DA), e.getMessage());
        assertEquals("alpah", e.requestedId());
        assertEquals(List.of("alpha", "beta-two"), e.availableIds());

        assertEquals("EXP-002: Unknown exporter 'ALPHA'. Did you mean 'alpha'? Available: alpha, beta-two.",
                assertThrows(UnknownExporterException.class, () -> registry.require("ALPHA")).message(Language.EN));
        assertEquals("EXP-002: Unknown exporter 'beta'. Did you mean 'beta-two'? Available: alpha, beta-two.",
                assertThrows(UnknownExporterException.class, () -> registry.require("beta")).message(Language.EN));
        assertEquals("EXP-002: Unknown exporter 'pdf'. Available: alpha, beta-two.",
                assertThrows(UnknownExporterException.class, () -> registry.require("pdf")).message(Language.EN));
    }

    @Test
    void noExportersSaysWhichJarsToAdd() throws IOException {
        try (URLClassLoader empty = new URLClassLoader("empty", new URL[0], null)) {
            ExporterRegistry registry = ExporterRegistry.load(empty);
            assertEquals(List.of(), registry.all());
            assertEquals(1, registry.problems().size());
            ExporterProblem p = registry.problems().get(0);
            assertEquals("EXP-001", p.code());
            assertEquals(ExporterProblem.Kind.NO_EXPORTERS, p.kind());
            for (String jar : List.of("exporter-html", "exporter-csv", "exporter-jsonld", "exporter-text")) {
                assertTrue(p.message(Language.EN).contains(jar), p.message(Language.EN));
                assertTrue(p.message(Language.DA).contains(jar), p.message(Language.DA));
            }
            assertTrue(p.message(Language.EN).startsWith("No exporters found (searched the class loader empty)."),
                    p.message(Language.EN));
            assertTrue(p.message(Language.DA).startsWith("Ingen eksportører fundet (søgt i class loaderen empty)."),
                    p.message(Language.DA));
            assertTrue(p.message(Language.EN).contains("provides dk.samarbejdsplan.export.PlanExporter with"));
            assertTrue(p.message(Language.EN).contains("META-INF/services/dk.samarbejdsplan.export.PlanExporter"));
            UnknownExporterException e = assertThrows(UnknownExporterException.class, () -> registry.require("csv"));
            assertTrue(e.message(Language.EN).contains("There are no exporters; add an exporter jar: exporter-html"),
                    e.message(Language.EN));
        }
    }

    @Test
    void givenExportersAreCheckedForDuplicateAndInvalidIds() {
        PlanExporter first = new Fixed("same", "First");
        PlanExporter second = new Fixed("same", "Second");
        PlanExporter invalid = new Fixed("Bad_ID", "Invalid");
        ExporterRegistry registry = ExporterRegistry.of(second, invalid, first, new AlphaExporter());
        assertEquals(List.of("alpha", "same"), registry.ids());
        assertEquals(List.of("EXP-005", "EXP-003"), registry.problems().stream().map(ExporterProblem::code).toList());

        ExporterProblem invalidId = registry.problems().get(0);
        assertEquals(Optional.of("Bad_ID"), invalidId.exporterId());
        assertTrue(invalidId.message(Language.EN).startsWith("The exporter " + Fixed.class.getName() + " (from "),
                invalidId.message(Language.EN));
        assertTrue(invalidId.message(Language.EN).contains("has an invalid id 'Bad_ID': an id is lowercase letters"));
        assertTrue(invalidId.message(Language.DA).contains("har et ugyldigt id 'Bad_ID'"));

        ExporterProblem duplicate = registry.problems().get(1);
        assertEquals(Optional.of("same"), duplicate.exporterId());
        assertEquals(List.of(Fixed.class.getName(), Fixed.class.getName()), duplicate.providerClasses());
        assertTrue(duplicate.message(Language.EN).startsWith("Two exporters have the id 'same': "));
        assertTrue(duplicate.message(Language.DA).startsWith("To eksportører har id'et 'same': "));
        assertTrue(duplicate.message(Language.EN).contains("The first is used and the second ignored"));
    }

    @Test
    void anExporterWhoseMetadataThrowsIsReportedAndLeftOut() {
        PlanExporter broken = new Fixed("broken", "Broken") {
            @Override
            public String mediaType() {
                throw new IllegalStateException("no media type today");
            }
        };
        ExporterRegistry registry = ExporterRegistry.of(broken, new AlphaExporter());
        assertEquals(List.of("alpha"), registry.ids());
        ExporterProblem p = registry.problems().get(0);
        assertEquals("EXP-004", p.code());
        assertTrue(p.message(Language.EN).startsWith("The exporter " + broken.getClass().getName() + " (from "),
                p.message(Language.EN));
        assertTrue(p.message(Language.EN).contains("could not be loaded: IllegalStateException: no media type today"),
                p.message(Language.EN));
        assertTrue(p.message(Language.DA).contains("kunne ikke indlæses: IllegalStateException: no media type today"),
                p.message(Language.DA));
        assertInstanceOf(IllegalStateException.class, p.cause().orElseThrow());
    }

    @Test
    void exportWritesThroughTheExporter() throws Exception {
        ExporterRegistry registry = ExporterRegistry.load();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExporterRegistry.export(registry.require("beta-two"), PLAN, ExportOptions.builder().output("meetings").build(),
                bytes);
        assertEquals("meetings,2007\r\n", bytes.toString(StandardCharsets.UTF_8));
        StringBuilder text = new StringBuilder();
        ExporterRegistry.export(registry.require("alpha"), PLAN, ExportOptions.defaults(), text);
        assertEquals("Samarbejdsplan for 2007\n", text.toString());
    }

    @Test
    void everyExportFailureIsAnExportExceptionNamingTheExporter() {
        PlanExporter runtime = throwingExporter("runtime", "Runtime", () -> {
            throw new IllegalArgumentException("plan too odd");
        });
        ExportException e = assertThrows(ExportException.class,
                () -> ExporterRegistry.export(runtime, PLAN, ExportOptions.defaults(), new StringBuilder()));
        assertEquals("runtime", e.exporterId());
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertEquals("EXP-007", e.problem().orElseThrow().code());
        assertEquals("EXP-007: The exporter 'runtime' (" + runtime.getClass().getName()
                + ") failed: IllegalArgumentException: plan too odd.", e.message(Language.EN));
        assertEquals("EXP-007: Eksportøren 'runtime' (" + runtime.getClass().getName()
                + ") fejlede: IllegalArgumentException: plan too odd.", e.message(Language.DA));
        assertEquals(e.message(Language.DA), e.getMessage());

        PlanExporter linkage = throwingExporter("linkage", "Linkage", () -> {
            throw new NoClassDefFoundError("org/apache/velocity/Template");
        });
        ExportException missing = assertThrows(ExportException.class,
                () -> ExporterRegistry.export(linkage, PLAN, ExportOptions.defaults(), new StringBuilder()));
        assertTrue(missing.message(Language.EN).contains("failed: NoClassDefFoundError: org/apache/velocity/Template"));

        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        ExportException io = assertThrows(ExportException.class,
                () -> ExporterRegistry.export(new AlphaExporter(), PLAN, ExportOptions.defaults(), failing));
        assertEquals("alpha", io.exporterId());
        assertInstanceOf(IOException.class, io.getCause());
        assertTrue(io.message(Language.EN).endsWith("failed: IOException: disk full."), io.message(Language.EN));
    }

    /** An exporter whose export runs the given failure (it throws an unchecked exception or an error). */
    private static PlanExporter throwingExporter(String id, String name, Runnable failure) {
        return new Fixed(id, name) {
            @Override
            public void export(CooperationPlan plan, ExportOptions options, Appendable out) {
                failure.run();
            }
        };
    }

    @Test
    void anOutputTheExporterDoesNotHaveIsRefused() {
        ExportException e = assertThrows(ExportException.class, () -> ExporterRegistry.export(new BetaExporter(), PLAN,
                ExportOptions.builder().output("forums").build(), new StringBuilder()));
        assertEquals("EXP-008: The exporter 'beta-two' has no output 'forums'. Its outputs: main, meetings.",
                e.message(Language.EN));
        assertEquals("EXP-008: Eksportøren 'beta-two' har ikke outputtet 'forums'. Dens outputs: main, meetings.",
                e.message(Language.DA));
    }

    @Test
    void aLoadedRegistryIsSafeToShareBetweenThreads() throws Exception {
        ExporterRegistry registry = ExporterRegistry.load();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<String> task = () -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 200; i++) {
                    ExporterRegistry.export(registry.require("alpha"), PLAN, ExportOptions.defaults(), sb);
                }
                return sb.toString();
            };
            List<Future<String>> results = pool.invokeAll(List.of(task, task, task, task));
            String first = results.get(0).get();
            for (Future<String> f : results) {
                assertEquals(first, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThrows(UnsupportedOperationException.class, () -> registry.all().clear());
        assertThrows(UnsupportedOperationException.class, () -> registry.problems().clear());
        assertFalse(registry.toString().isBlank());
    }

    @Test
    void metadataIsReadOnceAtLoadTimeAndKept() {
        int[] calls = new int[1];
        PlanExporter fickle = new Fixed("fickle", "Fickle") {
            @Override
            public String fileExtension() {
                if (calls[0]++ > 0) {
                    throw new IllegalStateException("asked twice");
                }
                return "fck";
            }

            @Override
            public String displayName(Language language) {
                return language == Language.DA ? "Lunefuld" : "Fickle";
            }

            @Override
            public List<ExporterParameter> parameters() {
                return List.of(new ExporterParameter("fickle.mood", "the mood", List.of("good", "bad")));
            }
        };
        ExporterRegistry registry = ExporterRegistry.of(fickle);
        ExporterInfo info = registry.describe(fickle);
        assertEquals(info, registry.describe(fickle), "described from what was kept, not asked again");
        assertEquals(1, calls[0]);
        assertEquals("fck", info.fileExtension());
        assertEquals("Lunefuld", info.displayName(Language.DA));
        assertEquals("Fickle", info.displayName(Language.EN));
        assertEquals(List.of("fickle.mood"), info.parameters().stream().map(ExporterParameter::key).toList());
        assertThrows(IllegalArgumentException.class, () -> registry.describe(new AlphaExporter()));
    }

    @Test
    void metadataThatIsNonsenseIsAProblemNamingTheExporterAndItIsLeftOut() {
        List<PlanExporter> nonsense = List.of(
                new Fixed("ext", "Ext") {
                    @Override
                    public String fileExtension() {
                        return null;
                    }
                },
                new Fixed("outs", "Outs") {
                    @Override
                    public List<ExportOutput> outputs() {
                        return List.of();
                    }
                },
                new Fixed("suffix", "Suffix") {
                    @Override
                    public List<ExportOutput> outputs() {
                        return java.util.Arrays.asList(ExportOutput.MAIN, null);
                    }
                },
                new Fixed("noname", "Noname") {
                    @Override
                    public String displayName() {
                        return "Noname";
                    }

                    @Override
                    public String displayName(Language language) {
                        return language == Language.EN ? null : "Navn";
                    }
                },
                new Fixed("params", "Params") {
                    @Override
                    public List<ExporterParameter> parameters() {
                        return null;
                    }
                });
        ExporterRegistry registry = ExporterRegistry.of(nonsense);
        assertEquals(List.of(), registry.ids());
        List<String> messages = registry.problems().stream().filter(p -> p.code().equals("EXP-004"))
                .map(p -> p.message(Language.EN)).toList();
        assertEquals(nonsense.size(), messages.size(), messages::toString);
        for (int i = 0; i < nonsense.size(); i++) {
            String message = messages.get(i);
            assertTrue(message.startsWith("The exporter " + nonsense.get(i).getClass().getName() + " (from "), message);
            assertTrue(message.contains("could not be loaded: "), message);
        }
        assertTrue(messages.get(0).contains("fileExtension() returned null"), messages.get(0));
        assertTrue(messages.get(3).contains("displayName(EN) returned null"), messages.get(3));
    }

    @Test
    void anExportersOwnExportExceptionInsideAnIoExceptionReachesTheCallerAsItIs() {
        ExportException own = new ExportException("own", "EXP-OWN-001", "Forkert skabelon", "Wrong template", null);
        PlanExporter failing = new Fixed("own", "Own") {
            @Override
            public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
                throw new IOException(own.getMessage(), own);
            }
        };
        ExportException thrown = assertThrows(ExportException.class,
                () -> ExporterRegistry.export(failing, PLAN, ExportOptions.defaults(), new StringBuilder()));
        assertSame(own, thrown);
        assertEquals(Optional.of("EXP-OWN-001"), thrown.code());
        assertEquals("EXP-OWN-001: Forkert skabelon", thrown.getMessage());
        assertEquals("EXP-OWN-001: Wrong template", thrown.message(Language.EN));
    }

    @Test
    void theOutputIsCheckedBeforeTheExporterIsCalled() {
        boolean[] called = new boolean[1];
        PlanExporter exporter = new Fixed("spy", "Spy") {
            @Override
            public void export(CooperationPlan plan, ExportOptions options, Appendable out) {
                called[0] = true;
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportException e = assertThrows(ExportException.class, () -> ExporterRegistry.export(exporter, PLAN,
                ExportOptions.builder().output("nope").build(), out));
        assertEquals(Optional.of("EXP-008"), e.code());
        assertFalse(called[0], "the exporter is not called for an output it does not have");
        assertEquals(0, out.size());
    }

    @Test
    void theByteStreamIsNeverClosedEvenByAnExporterThatClosesIt() throws Exception {
        boolean[] closed = new boolean[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        PlanExporter closer = new Fixed("closer", "Closer") {
            @Override
            public void export(CooperationPlan plan, ExportOptions options, OutputStream stream) throws IOException {
                stream.write('x');
                stream.close();
            }
        };
        ExporterRegistry.export(closer, PLAN, ExportOptions.defaults(), out);
        assertFalse(closed[0]);
        assertEquals("x", out.toString(StandardCharsets.UTF_8));
    }

    /** An exporter with a given id. */
    static class Fixed extends AbstractPlanExporter {
        Fixed(String id, String name) {
            super(id, "text/plain", "txt", name);
        }

        @Override
        public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
            out.append(displayName());
        }
    }
}
