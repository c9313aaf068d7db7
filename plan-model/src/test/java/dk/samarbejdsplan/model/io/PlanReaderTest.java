package dk.samarbejdsplan.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PlanStatus;
import dk.samarbejdsplan.model.PoliceDistrict;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PlanReader}: what it reads, its defaults, the source map, line ends and byte order marks. */
class PlanReaderTest {
    private static final PlanReader READER = PlanReader.create();

    private static final String PLAN = """
            # a comment
            formatVersion: 1
            district: {name: Midt- og Vestsjællands Politi, code: "1467"}
            year: 2007
            status: adopted
            discussedInDistrictCouncil: 2007-12-13
            sections:
              - title: Indledning
                paragraphs:
                  - Første afsnit.
                  - >-
                    Andet afsnit
                    over to linjer.
            categories:
              - id: kontakt
                title: Kontakt med lokalsamfundet m.v.
                forums:
                  - id: kredsraadet
                    name: Kredsrådet
                    topic: Almindelige spørgsmål
                    representatives: [Politidirektøren, borgmestrene]
                    frequency: Min 4
                  - id: lokalraadene
                    name: Lokalrådene
                    topic: Lokale spørgsmål
                    representatives: [lederne]
                    frequency: min. 4 (2 i 2007)
                    interfaces: [kredsraadet]
                    localUnits:
                      - municipality: {code: "253", name: Greve}
                        meetings: [2007-10-26, {date: 2007-11-14, status: held}]
              - id: beredskab
                title: Beredskab
                forums:
                  - id: stab
                    name: Beredskabsstaben
                    topic: Beredskab
                    representatives: []
                    frequency: 4
            """;

    @Test
    void readsAPlanWithDefaults() throws PlanReadException {
        CooperationPlan plan = READER.read(PLAN, "plan.yaml", PlanFormat.YAML).plan();
        Forum lokalraad = Forum.builder().id("lokalraadene").name("Lokalrådene").topic("Lokale spørgsmål")
                .representatives(List.of("lederne"))
                .frequency(new MeetingFrequency.AtLeast(4, Optional.of(new MeetingFrequency.YearCount(2, 2007))))
                .interfaces(List.of("kredsraadet"))
                .localUnits(List.of(LocalUnit.of(new Municipality("253", "Greve"),
                        List.of(Meeting.on(LocalDate.of(2007, 10, 26)),
                                new Meeting(LocalDate.of(2007, 11, 14), Optional.of(MeetingStatus.HELD))))))
                .build();
        CooperationPlan expected = CooperationPlan.builder()
                .district(PoliceDistrict.of("Midt- og Vestsjællands Politi", "1467"))
                .year(2007).status(PlanStatus.ADOPTED).discussedInDistrictCouncil(LocalDate.of(2007, 12, 13))
                .section(dk.samarbejdsplan.model.Section.of("Indledning", "Første afsnit.",
                        "Andet afsnit over to linjer."))
                .categories(List.of(
                        new Category("kontakt", 1, "Kontakt med lokalsamfundet m.v.", List.of(
                                Forum.builder().id("kredsraadet").name("Kredsrådet").topic("Almindelige spørgsmål")
                                        .representatives(List.of("Politidirektøren", "borgmestrene"))
                                        .frequency(new MeetingFrequency.AtLeast(4)).build(),
                                lokalraad)),
                        new Category("beredskab", 2, "Beredskab", List.of(
                                Forum.builder().id("stab").name("Beredskabsstaben").topic("Beredskab")
                                        .frequency(new MeetingFrequency.Exactly(4)).build()))))
                .build();
        assertEquals(expected, plan);
        assertEquals("Samarbejdsplan for 2007", plan.title(), "default title");
        assertEquals("Retsplejelovens § 113", plan.legalBasis(), "default legal basis");
        assertEquals(1, plan.edition(), "default edition");
    }

    @Test
    void defaultStatusIsDraftAndExplicitNumbersAreKept() throws PlanReadException {
        CooperationPlan plan = READER.read("""
                district: {name: D}
                year: 2008
                categories:
                  - {id: a, number: 4, title: A}
                  - {id: b, title: B}
                """, "plan.yaml", PlanFormat.YAML).plan();
        assertEquals(PlanStatus.DRAFT, plan.status());
        assertEquals(List.of(4, 2), plan.categories().stream().map(Category::number).toList(),
                "an explicit number is kept (validation checks the order); a missing one is the position");
        assertEquals("Samarbejdsplan for 2008", plan.title());
    }

    @Test
    void sourceMapHasEveryElementByPlanPath() throws PlanReadException {
        PlanDocument doc = READER.read(PLAN, "plan.yaml", PlanFormat.YAML);
        SourceMap map = doc.sourceMap();
        assertEquals("plan.yaml", doc.source());
        assertEquals(new SourceLocation("plan.yaml", 2, 1), map.locationOf("").orElseThrow());
        assertEquals(new SourceLocation("plan.yaml", 3, 11), map.locationOf("district").orElseThrow());
        assertEquals(new SourceLocation("plan.yaml", 3, 18), map.locationOf("district.name").orElseThrow());
        assertEquals(new SourceLocation("plan.yaml", 4, 7), map.locationOf("year").orElseThrow());
        assertEquals(new SourceLocation("plan.yaml", 10, 9), map.locationOf("sections[0].paragraphs[0]").orElseThrow());
        assertEquals(new SourceLocation("plan.yaml", 11, 9), map.locationOf("sections[0].paragraphs[1]").orElseThrow());
        assertEquals(new SourceLocation("plan.yaml", 18, 9), map.locationOf("categories[0].forums[0]").orElseThrow());
        assertEquals(new SourceLocation("plan.yaml", 22, 20),
                map.locationOf("categories[0].forums[0].frequency").orElseThrow());
        assertEquals(new SourceLocation("plan.yaml", 21, 45),
                map.locationOf("categories[0].forums[0].representatives[1]").orElseThrow());
        String meetings = "categories[0].forums[1].localUnits[0].meetings";
        assertEquals(new SourceLocation("plan.yaml", 31, 24), map.locationOf(meetings + "[0]").orElseThrow());
        assertEquals(new SourceLocation("plan.yaml", 31, 24), map.locationOf(meetings + "[0].date").orElseThrow());
        assertEquals(new SourceLocation("plan.yaml", 31, 36), map.locationOf(meetings + "[1]").orElseThrow());
        assertEquals(new SourceLocation("plan.yaml", 31, 63), map.locationOf(meetings + "[1].status").orElseThrow());
        // the category number was not written: the category's own location is given
        assertEquals(map.locationOf("categories[1]"), map.locationOf("categories[1].number"));
        assertEquals(new SourceLocation("plan.yaml", 32, 5), map.locationOf("categories[1].number").orElseThrow());
    }

    @Test
    void sourceMapTableAgreesWithItsLookUps() throws PlanReadException {
        PlanDocument doc = READER.read(PLAN, "plan.yaml", PlanFormat.YAML);
        PlanDocument again = READER.read(PLAN, "plan.yaml", PlanFormat.YAML);
        java.util.Map<String, SourceLocation> table = doc.sourceMap().locations();
        assertEquals(List.of("", "formatVersion", "district", "district.name", "district.code", "year"),
                List.copyOf(table.keySet()).subList(0, 6), "document order");
        assertTrue(table.containsKey("categories[0].forums[1].localUnits[0].meetings[1].status"));
        assertEquals(table.size(), again.sourceMap().locations().size());
        for (var entry : table.entrySet()) {
            // the other document has not built its table: it looks each path up
            assertEquals(entry.getValue(), again.sourceMap().locationOf(entry.getKey()).orElseThrow(),
                    entry.getKey());
        }
        assertEquals(Optional.empty(), SourceMap.empty().locationOf("year"));
        assertEquals(doc.sourceMap().locationOf("categories"), doc.sourceMap().locationOf("categories[99].id"),
                "a path not in the document falls back to the nearest element that is");
        assertEquals(doc.sourceMap().locationOf(""), doc.sourceMap().locationOf("nothing.here"));
    }

    @Test
    void sourceMapOfJson() throws PlanReadException {
        String json = "{\n  \"district\": {\"name\": \"D\"},\n  \"year\": 2007,\n  \"categories\": [\n"
                + "    {\"id\": \"c\", \"title\": \"C\", \"forums\": [{\"id\": \"f\", \"name\": \"N\", \"topic\": \"T\","
                + " \"frequency\": \"Ad hoc\"}]}]}\n";
        SourceMap map = READER.read(json, "plan.json", PlanFormat.JSON).sourceMap();
        assertEquals(new SourceLocation("plan.json", 3, 11), map.locationOf("year").orElseThrow());
        assertEquals(new SourceLocation("plan.json", 5, 42), map.locationOf("categories[0].forums[0]").orElseThrow());
        assertEquals(new SourceLocation("plan.json", 5, 94),
                map.locationOf("categories[0].forums[0].frequency").orElseThrow());
    }

    @Test
    void byteOrderMarkAndAnyLineEnds() throws Exception {
        CooperationPlan expected = READER.read(PLAN, "plan.yaml", PlanFormat.YAML).plan();
        String crlf = PLAN.replace("\n", "\r\n");
        String cr = PLAN.replace("\n", "\r");
        StringBuilder mixed = new StringBuilder();
        String[] lines = PLAN.split("\n");
        for (int i = 0; i < lines.length; i++) {
            mixed.append(lines[i]).append(i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r");
        }
        for (String text : List.of(crlf, cr, mixed.toString(), "\uFEFF" + PLAN, "\uFEFF" + crlf)) {
            assertEquals(expected, READER.read(text, "plan.yaml", PlanFormat.YAML).plan());
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertEquals(expected, READER.read(new ByteArrayInputStream(bytes), "plan.yaml", PlanFormat.YAML).plan());
        }
        PlanDocument doc = READER.read(crlf, "plan.yaml", PlanFormat.YAML);
        assertEquals(22, doc.sourceMap().locationOf("categories[0].forums[0].frequency").orElseThrow().line(),
                "CRLF counts as one line end");
        // a literal block keeps its line breaks as line feeds, whatever the file uses
        String block = "district: {name: D}\r\nyear: 2007\r\nsubtitle: |-\r\n  a\r\n  b\r\n";
        assertEquals(Optional.of("a\nb"), READER.read(block, "plan.yaml", PlanFormat.YAML).plan().subtitle());
        String json = "\uFEFF{\"district\": {\"name\": \"D\"},\r\n\"year\": 2007}";
        assertEquals(2007, READER.read(json, "plan.json", PlanFormat.JSON).plan().year());
        byte[] jsonBytes = json.getBytes(StandardCharsets.UTF_8);
        assertEquals(2007, READER.read(new ByteArrayInputStream(jsonBytes), "p.json", PlanFormat.JSON).plan().year());
    }

    @Test
    void readsFilesByExtension(@TempDir Path dir) throws Exception {
        CooperationPlan plan = TestPlans.rich();
        Path yaml = Files.writeString(dir.resolve("PLAN.YML"), PlanWriter.yaml().toString(plan));
        Path json = Files.writeString(dir.resolve("plan.json"), PlanWriter.json().toString(plan));
        PlanDocument fromYaml = READER.read(yaml);
        assertEquals(plan, fromYaml.plan());
        assertEquals(yaml.toString(), fromYaml.source());
        assertEquals(plan, READER.read(json).plan());
        assertEquals(Optional.of(PlanFormat.YAML), PlanFormat.ofFileName("a.Yaml"));
        assertEquals(Optional.empty(), PlanFormat.ofFileName(".yaml"));
    }

    @Test
    void lenientWhereItHelpsPeople() throws PlanReadException {
        CooperationPlan plan = READER.read("""
                district: {name: D, code: 1467}
                year: 2007
                status: Adopted
                subtitle:
                categories:
                  - id: c
                    title: 2007
                    forums:
                      - {id: f, name: yes, topic: "", frequency: 4, goals: ~, notes:}
                """, "plan.yaml", PlanFormat.YAML).plan();
        assertEquals(Optional.of("1467"), plan.district().code(), "a number where text belongs is its text");
        assertEquals(PlanStatus.ADOPTED, plan.status(), "enum values ignore case");
        assertEquals(Optional.empty(), plan.subtitle(), "an empty optional value is left out");
        assertEquals("2007", plan.categories().get(0).title());
        Forum forum = plan.categories().get(0).forums().get(0);
        assertEquals("yes", forum.name());
        assertEquals("", forum.topic(), "a blank text is read; validation reports it");
        assertEquals(new MeetingFrequency.Exactly(4), forum.frequency());
        assertEquals(List.of(), forum.goals());
        assertEquals(List.of(), forum.notes());
    }

    @Test
    void keepsLeadingZerosOfNumbersReadAsText() throws PlanReadException {
        CooperationPlan plan = READER.read(PlanReaderProblemsTest.oneForum("", """
                frequency: "1"
                localUnits: [{municipality: {code: 047, name: X}}]
                """), "plan.yaml", PlanFormat.YAML).plan();
        assertEquals("047", plan.categories().get(0).forums().get(0).localUnits().get(0).municipality().code());
    }

    @Test
    void yamlAnchorsAndAFewAliasesAreRead() throws PlanReadException {
        CooperationPlan plan = READER.read("""
                district: {name: D}
                year: 2007
                sections:
                  - title: &t Fælles
                    paragraphs: &p [a, b]
                  - title: *t
                    paragraphs: *p
                """, "plan.yaml", PlanFormat.YAML).plan();
        assertEquals(plan.sections().get(0), plan.sections().get(1));
        assertEquals(List.of("a", "b"), plan.sections().get(1).paragraphs());
    }

    @Test
    void emojiAcrossTheYamlScannersBufferBoundaryAreRead() throws PlanReadException {
        // SnakeYAML Engine 3.0.1 fails when a surrogate pair straddles its 1024-character buffer
        for (int shift = 0; shift < 4; shift++) {
            String title = "x".repeat(shift) + "🌗".repeat(1500);
            String yaml = "district: {name: D}\nyear: 2007\ntitle: " + title + "\n";
            assertEquals(title, READER.read(yaml, "plan.yaml", PlanFormat.YAML).plan().title());
            String quoted = "district: {name: D}\nyear: 2007\ntitle: \"" + title + "\"\n";
            assertEquals(title, READER.read(quoted, "plan.yaml", PlanFormat.YAML).plan().title());
            byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
            assertEquals(title, READER.read(new ByteArrayInputStream(bytes), "p.yaml", PlanFormat.YAML).plan().title());
        }
    }

    @Test
    void standardTagsAreAllowed() throws PlanReadException {
        CooperationPlan plan = READER.read("district: !!map {name: !!str D}\nyear: !!int 2007\ntitle: !!str 2007\n",
                "plan.yaml", PlanFormat.YAML).plan();
        assertEquals("2007", plan.title());
        assertEquals(2007, plan.year());
    }

    @Test
    void readerIsSharedAndThreadSafe() throws Exception {
        assertSame(PlanReader.create(), PlanReader.create());
        String yaml = PlanWriter.yaml().toString(TestPlans.rich());
        String json = PlanWriter.json().toString(TestPlans.rich());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CooperationPlan>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                boolean useYaml = i % 2 == 0;
                results.add(pool.submit(() -> useYaml ? READER.read(yaml, "a.yaml", PlanFormat.YAML).plan()
                        : READER.read(json, "a.json", PlanFormat.JSON).plan()));
            }
            for (Future<CooperationPlan> result : results) {
                assertEquals(TestPlans.rich(), result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readsTheExamplePlan() throws Exception {
        PlanDocument doc = READER.read(TestPlans.EXAMPLE);
        CooperationPlan plan = doc.plan();
        assertEquals(2007, plan.year());
        assertEquals(35, plan.forums().count());
        assertEquals(13, plan.categories().size());
        assertTrue(doc.sourceMap().locationOf("categories[12].forums[0].frequency").isPresent());
        // what we write reads back the same, in both formats
        assertEquals(plan, READER.read(PlanWriter.yaml().toString(plan), "x.yaml", PlanFormat.YAML).plan());
        assertEquals(plan, READER.read(PlanWriter.json().toString(plan), "x.json", PlanFormat.JSON).plan());
    }
}
