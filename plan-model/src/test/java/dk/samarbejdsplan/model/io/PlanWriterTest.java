package dk.samarbejdsplan.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link PlanWriter}: the exact layout, determinism, round trips of every kind of text, safe file writing. */
class PlanWriterTest {
    private static final PlanReader READER = PlanReader.create();

    @TempDir
    Path dir;

    /** A small plan whose YAML is written out by hand below. */
    static CooperationPlan small() {
        Forum forum = Forum.builder().id("f").name("Forum").topic("Emne: beredskab")
                .representatives(List.of("Politidirektøren", "yes")).frequency("Min. 4 (2 i 2007)")
                .localUnits(List.of(LocalUnit.of(new Municipality("253", "Greve"),
                        List.of(Meeting.on(LocalDate.of(2007, 10, 26)),
                                new Meeting(LocalDate.of(2007, 11, 14), Optional.of(MeetingStatus.HELD))))))
                .build();
        return CooperationPlan.builder().district(PoliceDistrict.of("Midt- og Vestsjællands Politi", "1467"))
                .year(2007).status(PlanStatus.ADOPTED).discussedInDistrictCouncil(LocalDate.of(2007, 12, 13))
                .section(new Section("Indledning", List.of("Første afsnit.", "Linje 1\nLinje 2")))
                .category("beredskab", "Beredskab", List.of(forum)).build();
    }

    @Test
    void yamlLayoutIsTheFormatsOrderWithFewQuotes() {
        String expected = """
                formatVersion: 1
                district:
                  name: Midt- og Vestsjællands Politi
                  code: "1467"
                year: 2007
                edition: 1
                status: adopted
                discussedInDistrictCouncil: 2007-12-13
                legalBasis: Retsplejelovens § 113
                title: Samarbejdsplan for 2007
                sections:
                  - title: Indledning
                    paragraphs:
                      - Første afsnit.
                      - |-
                        Linje 1
                        Linje 2
                categories:
                  - id: beredskab
                    number: 1
                    title: Beredskab
                    forums:
                      - id: f
                        name: Forum
                        topic: "Emne: beredskab"
                        representatives:
                          - Politidirektøren
                          - "yes"
                        frequency: Min. 4 (2 i 2007)
                        localUnits:
                          - municipality:
                              code: "253"
                              name: Greve
                            meetings:
                              - 2007-10-26
                              - date: 2007-11-14
                                status: held
                """;
        assertEquals(expected, PlanWriter.yaml().toString(small()));
    }

    @Test
    void jsonLayoutLeavesOutOptionalEmpties() {
        String expected = """
                {
                  "formatVersion": 1,
                  "district": {
                    "name": "D"
                  },
                  "year": 2007,
                  "edition": 1,
                  "status": "draft",
                  "legalBasis": "Retsplejelovens § 113",
                  "title": "Samarbejdsplan for 2007",
                  "sections": [],
                  "categories": []
                }
                """;
        assertEquals(expected, PlanWriter.json().toString(TestPlans.minimal()));
    }

    @Test
    void minimalYamlLeavesOutOptionalEmpties() {
        String yaml = PlanWriter.yaml().toString(TestPlans.minimal());
        assertEquals("""
                formatVersion: 1
                district:
                  name: D
                year: 2007
                edition: 1
                status: draft
                legalBasis: Retsplejelovens § 113
                title: Samarbejdsplan for 2007
                sections: []
                categories: []
                """, yaml);
    }

    @Test
    void everyCategoryGetsItsNumber() {
        String yaml = PlanWriter.yaml().toString(TestPlans.rich());
        assertTrue(yaml.contains("    number: 1\n") && yaml.contains("    number: 2\n")
                && yaml.contains("    number: 3\n"), yaml);
        String json = PlanWriter.json().toString(TestPlans.rich());
        assertTrue(json.contains("\"number\": 3"), json);
    }

    @Test
    void outputIsDeterministicUtf8WithLineFeeds() throws IOException {
        for (PlanWriter writer : List.of(PlanWriter.yaml(), PlanWriter.json())) {
            String text = writer.toString(TestPlans.rich());
            assertEquals(text, writer.toString(TestPlans.rich()));
            assertFalse(text.contains("\r"), "no raw CR");
            assertFalse(writer == PlanWriter.yaml()
                    && (text.contains("\u2028") || text.contains("\u2029") || text.contains("\uFEFF")),
                    "invisible characters are escaped in YAML");
            assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"), "one final line end");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            writer.write(TestPlans.rich(), bytes);
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
            StringWriter chars = new StringWriter();
            writer.write(TestPlans.rich(), chars);
            assertEquals(text, chars.toString());
        }
        assertTrue(PlanWriter.yaml().toString(TestPlans.rich()).startsWith("formatVersion: 1\n"));
        assertTrue(PlanWriter.json().toString(TestPlans.rich()).startsWith("{\n  \"formatVersion\": 1,\n"));
    }

    @Test
    void yamlEscapesInvisibleLineBreaks() {
        CooperationPlan plan = TestPlans.minimal().toBuilder().subtitle("a\u2028b\u2029c\uFEFFd").build();
        String yaml = PlanWriter.yaml().toString(plan);
        assertTrue(yaml.contains("subtitle: \"a\\u2028b\\u2029c\\uFEFFd\"\n"), yaml);
    }

    @Test
    void richPlanRoundTripsThroughYamlAndJson() throws PlanReadException {
        CooperationPlan plan = TestPlans.rich();
        String yaml = PlanWriter.yaml().toString(plan);
        CooperationPlan fromYaml = READER.read(yaml, "rich.yaml", PlanFormat.YAML).plan();
        assertEquals(plan, fromYaml);
        assertEquals(yaml, PlanWriter.yaml().toString(fromYaml), "writing what was read gives the same text");
        String json = PlanWriter.json().toString(fromYaml);
        CooperationPlan fromJson = READER.read(json, "rich.json", PlanFormat.JSON).plan();
        assertEquals(plan, fromJson);
        assertEquals(json, PlanWriter.json().toString(fromJson));
    }

    static Stream<String> nasty() {
        return TestPlans.NASTY.stream();
    }

    @ParameterizedTest
    @MethodSource("nasty")
    void everyTextReadsBackExactly(String text) throws PlanReadException {
        Forum forum = Forum.builder().id("f").name(text).topic(text).representatives(List.of(text))
                .frequency("4").actionPlan(text).build();
        CooperationPlan plan = TestPlans.minimal().toBuilder().title(text).subtitle(text).legalBasis(text)
                .district(PoliceDistrict.of(text, text)).category("c", text, List.of(forum)).build();
        for (PlanWriter writer : List.of(PlanWriter.yaml(), PlanWriter.json())) {
            String written = writer.toString(plan);
            assertEquals(plan, READER.read(written, "nasty", writer.format()).plan(), written);
        }
    }

    @Test
    void multiLineTextIsALiteralBlockWhereSafe() {
        CooperationPlan plan = TestPlans.minimal().toBuilder().subtitle("Første afsnit.\n\nAndet afsnit.").build();
        assertTrue(PlanWriter.yaml().toString(plan).contains("subtitle: |-\n  Første afsnit.\n\n  Andet afsnit.\n"),
                PlanWriter.yaml().toString(plan));
        CooperationPlan crlf = TestPlans.minimal().toBuilder().subtitle("a\r\nb").build();
        assertTrue(PlanWriter.yaml().toString(crlf).contains("subtitle: \"a\\r\\nb\"\n"),
                PlanWriter.yaml().toString(crlf));
    }

    @Test
    void writesAFileAndReplacesItWithoutLeavingTemporaryFiles() throws Exception {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, "old content");
        PlanWriter.yaml().write(TestPlans.rich(), file);
        assertEquals(PlanWriter.yaml().toString(TestPlans.rich()), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(TestPlans.rich(), READER.read(file).plan());
        Path json = dir.resolve("plan.json");
        PlanWriter.json().write(TestPlans.rich(), json);
        assertEquals(TestPlans.rich(), READER.read(json).plan());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("plan.json", "plan.yaml"), files.map(p -> p.getFileName().toString()).sorted()
                    .toList());
        }
    }

    /**
     * A file system without POSIX permissions (as Windows') on every machine: a zip file. So the branch for such
     * file systems is tested everywhere, not only where the machine's own file system lacks permissions.
     */
    private java.nio.file.FileSystem zipFileSystem() throws IOException {
        return java.nio.file.FileSystems.newFileSystem(dir.resolve("plain.zip"), java.util.Map.of("create", "true"));
    }

    /**
     * On a file system with POSIX permissions the replaced file keeps its own and a new file gets
     * {@code rw-r--r--}; on one without, the file is written all the same. Each machine checks what its file
     * system has: the test never passes without checking.
     */
    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, "old content");
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions =
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        if (posix) {
            Files.setPosixFilePermissions(file, permissions);
        }
        PlanWriter.yaml().write(TestPlans.minimal(), file);
        assertEquals(PlanWriter.yaml().toString(TestPlans.minimal()), Files.readString(file));
        Path fresh = dir.resolve("fresh.json");
        PlanWriter.json().write(TestPlans.minimal(), fresh);
        assertEquals(PlanWriter.json().toString(TestPlans.minimal()), Files.readString(fresh));
        if (posix) {
            assertEquals(permissions, Files.getPosixFilePermissions(file));
            assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"),
                    Files.getPosixFilePermissions(fresh), "not the owner-only permissions of a temporary file");
        }
    }

    @Test
    void aFileSystemWithoutPermissionsIsWrittenAsWell() throws IOException {
        try (java.nio.file.FileSystem zip = zipFileSystem()) {
            assertFalse(zip.supportedFileAttributeViews().contains("posix"));
            Path file = zip.getPath("/plan.yaml");
            Files.writeString(file, "old content");
            PlanWriter.yaml().write(TestPlans.minimal(), file);
            assertEquals(PlanWriter.yaml().toString(TestPlans.minimal()), Files.readString(file));
            try (Stream<Path> files = Files.list(zip.getPath("/"))) {
                assertEquals(1, files.count(), "no temporary file left");
            }
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFile() throws IOException {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, "old content");
        // an unpaired surrogate cannot be encoded as UTF-8 in either format
        CooperationPlan broken = TestPlans.minimal().toBuilder().title("broken \uD800 text").build();
        assertThrows(PlanWriteException.class, () -> PlanWriter.json().write(broken, file));
        assertThrows(PlanWriteException.class, () -> PlanWriter.yaml().write(broken, file));
        assertEquals("old content", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
        Path nowhere = dir.resolve("missing-folder").resolve("plan.yaml");
        assertThrows(IOException.class, () -> PlanWriter.yaml().write(TestPlans.minimal(), nowhere));
        assertFalse(Files.exists(nowhere));
    }

    @Test
    void yamlAndJsonBothRefuseALoneSurrogateWithTheSameClearError() {
        for (String text : List.of("broken \uD800 text", "tail \uDC00", "\uDBFF")) {
            CooperationPlan broken = TestPlans.minimal().toBuilder().subtitle(text).build();
            List<String> messages = new java.util.ArrayList<>();
            for (PlanWriter writer : List.of(PlanWriter.yaml(), PlanWriter.json())) {
                PlanWriteException toWriter = assertThrows(PlanWriteException.class,
                        () -> writer.write(broken, new java.io.StringWriter()));
                PlanWriteException toStream = assertThrows(PlanWriteException.class,
                        () -> writer.write(broken, new java.io.ByteArrayOutputStream()));
                assertEquals(toWriter.getMessage(), toStream.getMessage());
                java.io.UncheckedIOException toText = assertThrows(java.io.UncheckedIOException.class,
                        () -> writer.toString(broken));
                assertInstanceOf(PlanWriteException.class, toText.getCause());
                assertEquals(toWriter.getMessage(), toWriter.message(dk.samarbejdsplan.model.Language.DA));
                assertTrue(toWriter.getMessage().contains("uparret surrogattegn"), toWriter.getMessage());
                assertTrue(toWriter.message(dk.samarbejdsplan.model.Language.EN).contains("unpaired surrogate"));
                messages.add(toWriter.getMessage());
            }
            assertEquals(messages.get(0), messages.get(1), "YAML and JSON say the same");
        }
    }

    @Test
    void writerForFormat() {
        assertEquals(PlanFormat.YAML, PlanWriter.of(PlanFormat.YAML).format());
        assertEquals(PlanFormat.JSON, PlanWriter.of(PlanFormat.JSON).format());
    }
}
