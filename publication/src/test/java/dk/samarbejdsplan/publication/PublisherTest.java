package dk.samarbejdsplan.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.export.ExporterRegistry;
import dk.samarbejdsplan.export.RelatedFile;
import dk.samarbejdsplan.model.testkit.SamplePlans;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.publication.FakeExporter.Behaviour;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {
    private static final CooperationPlan PLAN = SamplePlans.plan2007();

    @TempDir
    Path tmp;

    private static Publisher builtIn(Language language) throws PublicationException {
        return Publisher.create(PublicationOptions.builder().language(language).build());
    }

    @Test
    void publishesEveryBuiltInFormatWithDownloadListOfLabelsSizesAndNotes() throws Exception {
        Path out = tmp.resolve("udgivelse");
        PublicationResult result = builtIn(Language.EN).publish(PLAN, out);
        List<String> names = result.files().stream().map(PublishedFile::name).toList();
        assertEquals(List.of("samarbejdsplan-2007.csv", "samarbejdsplan-2007-lokale-enheder.csv",
                "samarbejdsplan-2007-moeder.csv", "samarbejdsplan-2007.jsonld", "samarbejdsplan-2007.txt",
                "index.html"), names);
        assertEquals("index.html", names.get(names.size() - 1), "index.html is written last, with the sizes");
        for (PublishedFile file : result.files()) {
            assertEquals(Files.size(out.resolve(file.name())), file.byteSize(), file.name());
        }
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("href=\"samarbejdsplan-2007.csv\""), "index.html links the CSV file");
        assertEquals(List.of(), Folders.ours(tmp), "no staging folder is left beside the publication");
        assertEquals(List.of(), Folders.ours(out), "no staging folder is left inside the publication");
    }

    @Test
    void theDownloadListHasTheDisplayNameTheSizeAndTheNoteOfEachFile() throws Exception {
        FakeExporter html = new FakeExporter("html", "html", Behaviour.WRITE);
        FakeExporter other = new FakeExporter("other", "txt", Behaviour.WRITE);
        Publisher publisher = Publisher.create(ExporterRegistry.of(html, other),
                PublicationOptions.builder().language(Language.DA).build());
        Path out = tmp.resolve("out");
        publisher.publish(PLAN, out);
        List<RelatedFile> related = html.seen.get(0).relatedFiles();
        assertEquals(List.of(new RelatedFile("samarbejdsplan-2007.txt", "text/plain", "Falsk other",
                OptionalLong.of(Files.size(out.resolve("samarbejdsplan-2007.txt"))),
                java.util.Optional.of("note of other in da"))), related);
    }

    @Test
    void aFolderOccupyingTheNameOfAFileLeavesThePreviousPublicationByteIdentical() throws Exception {
        Path out = tmp.resolve("udgivelse");
        builtIn(Language.DA).publish(PLAN, out);
        Files.delete(out.resolve("samarbejdsplan-2007.txt"));
        Files.createDirectories(out.resolve("samarbejdsplan-2007.txt").resolve("inside"));
        Map<String, String> before = Folders.snapshot(out);

        PublicationException e = assertThrows(PublicationException.class, () -> builtIn(Language.EN).publish(PLAN,
                out));

        assertEquals("PUB-018", e.code());
        assertTrue(e.message(Language.EN).contains("Nothing was published; " + out.toRealPath()
                + " is exactly as it was before."), e.message(Language.EN));
        assertEquals(before, Folders.snapshot(out));
        assertEquals(List.of(), Folders.ours(tmp));
    }

    @Test
    void aFailingExporterLeavesThePreviousPublicationByteIdenticalAndNoStagingFolder() throws Exception {
        Path out = tmp.resolve("udgivelse");
        builtIn(Language.DA).publish(PLAN, out);
        Files.writeString(out.resolve("logo.svg"), "<svg/>");
        Map<String, String> before = Folders.snapshot(out);
        Publisher failing = Publisher.create(ExporterRegistry.of(new FakeExporter("good", "txt", Behaviour.WRITE),
                new FakeExporter("bad", "dat", Behaviour.FAIL)), PublicationOptions.defaults());

        PublicationException e = assertThrows(PublicationException.class, () -> failing.publish(PLAN, out));

        assertEquals("PUB-006", e.code());
        assertEquals("bad", e.exporterId().orElseThrow());
        String message = e.message(Language.EN);
        assertTrue(message.startsWith("PUB-006: The exporter \"bad\" (") && message.contains(") failed: EXP-007"),
                message);
        assertTrue(message.endsWith("Nothing was published; " + out.toRealPath() + " is exactly as it was before."),
                message);
        assertFalse(e.message(Language.EN).contains("Eksportøren"), "English throughout: " + e.message(Language.EN));
        assertEquals(before, Folders.snapshot(out));
        assertEquals(List.of(), Folders.ours(tmp));
        assertEquals(List.of(), Folders.ours(out));
    }

    @Test
    void aHangingExporterIsStoppedAtTheTimeLimit() throws Exception {
        Path out = tmp.resolve("out");
        Publisher hanging = Publisher.create(ExporterRegistry.of(new FakeExporter("slow", "txt", Behaviour.HANG)),
                PublicationOptions.builder().timeout(Duration.ofMillis(300)).build());
        PublicationException e = assertThrows(PublicationException.class, () -> hanging.publish(PLAN, out));
        assertEquals("PUB-007", e.code());
        assertFalse(Files.exists(out), "a folder that did not exist is not made");
        assertEquals(List.of(), Folders.ours(tmp));
    }

    @Test
    void otherFilesOfTheFolderAreKept() throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("billeder"));
        Files.writeString(out.resolve("billeder/logo.png"), "png");
        Files.writeString(out.resolve("samarbejdsplan-2007.txt"), "old");
        Publisher publisher = Publisher.create(ExporterRegistry.of(new FakeExporter("text", "txt",
                Behaviour.WRITE)), PublicationOptions.defaults());
        publisher.publish(PLAN, out);
        assertEquals("png", Files.readString(out.resolve("billeder/logo.png")));
        assertEquals("text of 2007", Files.readString(out.resolve("samarbejdsplan-2007.txt")));
    }

    @Test
    void aReadOnlyParentStagesInsideTheFolderPosix() throws Exception {
        // as root the permission is not enforced and the folder swap is used; as another user the parent is
        // truly read-only and the publication is staged inside the folder: the outcome must be the same
        Path parent = tmp.resolve("webroot");
        Path out = parent.resolve("plan");
        Files.createDirectories(out);
        Files.writeString(out.resolve("samarbejdsplan-2007.txt"), "old");
        Files.writeString(out.resolve("logo.png"), "png");
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Publisher publisher = Publisher.create(ExporterRegistry.of(new FakeExporter("text", "txt",
                    Behaviour.WRITE)), PublicationOptions.defaults());
            publisher.publish(PLAN, out);
            assertEquals("text of 2007", Files.readString(out.resolve("samarbejdsplan-2007.txt")));
            assertEquals("png", Files.readString(out.resolve("logo.png")));
            assertEquals(List.of(), Folders.ours(out));
            assertEquals(List.of(), Folders.ours(parent));
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theOutputFolderMeansWhatTheOperatingSystemMeans() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("a/b"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        Publisher publisher = Publisher.create(ExporterRegistry.of(new FakeExporter("text", "txt",
                Behaviour.WRITE)), PublicationOptions.defaults());
        PublicationResult result = publisher.publish(PLAN, link.resolve("../x"));
        // link/.. is a (the parent of the link's target), not tmp (what a lexical normalisation would say)
        assertTrue(Files.exists(tmp.resolve("a/x/samarbejdsplan-2007.txt")));
        assertFalse(Files.exists(tmp.resolve("x")));
        assertEquals(tmp.resolve("a/x").toRealPath(), result.folder());
    }

    @Test
    void anEmptyOutputFolderNameIsAUsageError() {
        PublicationException e = assertThrows(PublicationException.class,
                () -> builtIn(Language.DA).publish(PLAN, Path.of("")));
        assertEquals("PUB-001", e.code());
        assertTrue(e.isUsageError());
    }

    @Test
    void unknownFormatsAndParametersAreUsageErrorsNamingWhatExists() {
        ExporterRegistry registry = ExporterRegistry.of(new FakeExporter("text", "txt", Behaviour.WRITE));
        PublicationException format = assertThrows(PublicationException.class, () -> Publisher.create(registry,
                PublicationOptions.builder().formats(List.of("pdf")).build()));
        assertEquals("PUB-013", format.code());
        assertTrue(format.isUsageError());
        assertTrue(format.message(Language.EN).contains("text"), format.message(Language.EN));

        PublicationException key = assertThrows(PublicationException.class, () -> Publisher.create(registry,
                PublicationOptions.builder().parameter("text.colour", "red").build()));
        assertEquals("PUB-015", key.code());
        assertTrue(key.isUsageError());
        assertTrue(key.message(Language.EN).contains("text.mode, text.title"), key.message(Language.EN));

        PublicationException value = assertThrows(PublicationException.class, () -> Publisher.create(registry,
                PublicationOptions.builder().parameter("text.mode", "c").build()));
        assertEquals("PUB-016", value.code());
        assertTrue(value.message(Language.DA).contains("a b"), value.message(Language.DA));
    }

    @Test
    void parametersReachTheExporters() throws Exception {
        FakeExporter text = new FakeExporter("text", "txt", Behaviour.WRITE);
        Publisher publisher = Publisher.create(ExporterRegistry.of(text),
                PublicationOptions.builder().parameter("text.mode", "b").build());
        publisher.publish(PLAN, tmp.resolve("out"));
        assertEquals("b", text.seen.get(0).parameter("text.mode").orElseThrow());
    }

    @Test
    void aMissingTemplateFolderIsAUsageError() {
        PublicationException e = assertThrows(PublicationException.class, () -> Publisher.create(
                PublicationOptions.builder().templates(tmp.resolve("missing")).build()));
        assertEquals("PUB-012", e.code());
        assertTrue(e.isUsageError());
    }

    @Test
    void bothLanguagesHaveEveryKeyAndNoKeyTwice() throws IOException {
        Set<String> da = keys("messages_da.properties");
        Set<String> en = keys("messages_en.properties");
        assertEquals(da, en);
    }

    private static Set<String> keys(String resource) throws IOException {
        try (var in = Messages.class.getResourceAsStream(resource)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.substring(0, l.indexOf('=')).strip())
                    .toList();
            assertEquals(lines.size(), Set.copyOf(lines).size(), resource + " defines a key twice");
            return Set.copyOf(lines);
        }
    }
}
