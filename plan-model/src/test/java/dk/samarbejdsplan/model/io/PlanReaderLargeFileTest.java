package dk.samarbejdsplan.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.MeetingFrequency;
import dk.samarbejdsplan.model.MeetingStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan file of 100 000 forums of ordinary size (about 270 bytes each, as the test kit's synthetic plans are
 * written) is read from disk, with every location, and fits a small heap: the reader keeps the plan and a compact
 * location index, not a tree of the document.
 */
class PlanReaderLargeFileTest {
    static final int FORUMS = 100_000;
    /** The heap of the forked reader: well under the 256 MB the command line tool must publish this plan in. */
    static final String SMALL_HEAP = "-Xmx160m";

    private static final String[] PARTNERS = {"SKAT", "skolerne", "Kriminalforsorgen", "retterne", "pressen",
        "Hjemmeværnet", "boligselskaber", "idrætten", "regionen", "væresteder"};
    private static final String[] REPRESENTATIVES = {"Politidirektøren", "Chefanklageren", "Lokalpolitiet",
        "SSP-konsulenter", "Kommunerne", "Region Sjælland", "Borgmestrene"};
    private static final String[] FREQUENCIES = {"Min. 4", "Min. 4 (2 i 2007)", "2", "52", "\"2-3\"",
        "Besluttet lokalt", "Ad hoc"};

    /** A generated plan file and where a few of its elements are. */
    record Generated(String yaml, int lastFrequencyLine, int lastForumLine, int lastCategory, int lastIndex) {
    }

    /**
     * Writes a plan of {@code forums} forums the way {@link PlanWriter#yaml()} lays it out: categories of up to
     * twelve forums; one or two representatives; every kind of frequency; every 12th forum with terms of
     * reference, every 16th with goals, every 8th with an interface, every 25th with two local units.
     */
    static Generated generate(int forums) {
        StringBuilder out = new StringBuilder(forums * 280);
        int[] line = {0};
        Appender add = text -> {
            out.append(text).append('\n');
            line[0]++;
        };
        add.line("formatVersion: 1");
        add.line("district:");
        add.line("  name: Midt- og Vestsjællands Politi");
        add.line("  code: \"1467\"");
        add.line("year: 2007");
        add.line("status: adopted");
        add.line("title: Samarbejdsplan for 2007");
        add.line("categories:");
        int made = 0;
        int category = 0;
        int lastFrequencyLine = 0;
        int lastForumLine = 0;
        int lastIndex = 0;
        while (made < forums) {
            int size = Math.min(forums - made, 1 + category % 12);
            add.line("  - id: kategori-" + (category + 1));
            add.line("    title: Kategori nr. " + (category + 1));
            add.line("    forums:");
            for (int i = 0; i < size; i++) {
                int n = ++made;
                String partner = PARTNERS[n % PARTNERS.length];
                lastForumLine = line[0] + 1;
                lastIndex = i;
                add.line("      - id: forum-" + n);
                add.line("        name: Møder med " + partner + " (" + n + ")");
                add.line("        topic: Samarbejde med " + partner + ".");
                add.line("        representatives:");
                add.line("          - " + REPRESENTATIVES[n % REPRESENTATIVES.length]);
                if (n % 2 == 0) {
                    add.line("          - " + REPRESENTATIVES[(n / 2) % REPRESENTATIVES.length]);
                }
                lastFrequencyLine = line[0] + 1;
                add.line("        frequency: " + FREQUENCIES[n % FREQUENCIES.length]);
                if (n % 12 == 0) {
                    add.line("        termsOfReference: |-");
                    add.line("          Forummet drøfter fælles opgaver.");
                    add.line("");
                    add.line("          Kommissoriet revideres årligt.");
                }
                if (n % 16 == 0) {
                    add.line("        goals:");
                    add.line("          - Færre indbrud.");
                }
                if (n % 8 == 0 && n > 1) {
                    add.line("        interfaces:");
                    add.line("          - forum-" + (n - 1));
                }
                if (n % 25 == 0) {
                    add.line("        localUnits:");
                    add.line("          - municipality:");
                    add.line("              code: \"253\"");
                    add.line("              name: Greve");
                    add.line("            meetings:");
                    add.line("              - 2007-03-14");
                    add.line("              - date: 2007-11-07");
                    add.line("                status: planned");
                    add.line("          - municipality:");
                    add.line("              code: \"259\"");
                    add.line("              name: Køge");
                    add.line("            meetings:");
                    add.line("              - 2007-10-26");
                    add.line("            actionPlan: Lokalrådet i Køge har en handleplan.");
                }
            }
            category++;
        }
        return new Generated(out.toString(), lastFrequencyLine, lastForumLine, category - 1, lastIndex);
    }

    @FunctionalInterface
    interface Appender {
        void line(String text);
    }

    @Test
    void aFileOfOneHundredThousandForumsReadsWithEveryLocation(@TempDir Path dir) throws Exception {
        Generated generated = generate(FORUMS);
        Path file = dir.resolve("stor-plan.yaml");
        Files.writeString(file, generated.yaml(), StandardCharsets.UTF_8);
        long size = Files.size(file);
        assertTrue(size > 20_000_000 && size < PlanReader.MAX_DOCUMENT_LENGTH,
                "an ordinary 100 000-forum file, under the limit: " + size + " bytes");

        PlanDocument doc = PlanReader.create().read(file);
        List<Category> categories = doc.plan().categories();
        assertEquals(FORUMS, doc.plan().forums().count());
        assertEquals(generated.lastCategory() + 1, categories.size());
        Forum last = categories.get(categories.size() - 1).forums().get(generated.lastIndex());
        assertEquals("forum-" + FORUMS, last.id());
        assertEquals("Møder med SKAT (100000)", last.name());
        // 100 000 mod 7 = 5, 50 000 mod 7 = 6
        assertEquals(List.of("Region Sjælland", "Borgmestrene"), last.representatives());
        assertEquals(new MeetingFrequency.DecidedLocally(), last.frequency());
        assertEquals(List.of("forum-99999"), last.interfaces());
        assertEquals(Optional.of("Forummet drøfter fælles opgaver.\n\nKommissoriet revideres årligt."),
                doc.plan().forum("forum-12").orElseThrow().termsOfReference());
        LocalUnit koege = doc.plan().forum("forum-25").orElseThrow().localUnits().get(1);
        assertEquals("Køge", koege.municipality().name());
        assertEquals(List.of(Meeting.on(LocalDate.of(2007, 10, 26))), koege.meetings());
        assertEquals(new Meeting(LocalDate.of(2007, 11, 7), Optional.of(MeetingStatus.PLANNED)),
                doc.plan().forum("forum-25").orElseThrow().localUnits().get(0).meetings().get(1));

        SourceMap map = doc.sourceMap();
        String lastPath = "categories[" + generated.lastCategory() + "].forums[" + generated.lastIndex() + "]";
        String source = file.toString();
        assertEquals(new SourceLocation(source, generated.lastFrequencyLine(), 20),
                map.locationOf(lastPath + ".frequency").orElseThrow());
        assertEquals(new SourceLocation(source, generated.lastForumLine(), 9), map.locationOf(lastPath).orElseThrow());
        // not written: the forum itself; below a bare date: the date
        assertEquals(map.locationOf(lastPath), map.locationOf(lastPath + ".actionPlan"));
        // 8 lines of plan, 3 of category 1, 6 of forum 1: category 2 starts on line 18, after "  - "
        assertEquals(new SourceLocation(source, 18, 5), map.locationOf("categories[1]").orElseThrow());
        // forum-25 is the fourth forum of category 7 (categories of 1, 2, ..., 6 hold forums 1 to 21)
        String unit = "categories[6].forums[3].localUnits[0]";
        assertEquals("forum-25", categories.get(6).forums().get(3).id());
        SourceLocation date = map.locationOf(unit + ".meetings[0]").orElseThrow();
        assertEquals(date, map.locationOf(unit + ".meetings[0].date").orElseThrow());
        assertEquals(date.line() + 1, map.locationOf(unit + ".meetings[1].date").orElseThrow().line());
        assertEquals(date.line() + 2, map.locationOf(unit + ".meetings[1].status").orElseThrow().line());
        // a category that is not there: the list of categories, which starts on line 9 after "  - "
        assertEquals(new SourceLocation(source, 9, 3),
                map.locationOf("categories[" + (generated.lastCategory() + 1) + "].id").orElseThrow());
    }

    @Test
    void aFileOfOneHundredThousandForumsReadsInASmallHeap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("stor-plan.yaml");
        Files.writeString(file, generate(FORUMS).yaml(), StandardCharsets.UTF_8);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, SMALL_HEAP, "-cp", System.getProperty("java.class.path"),
                ReadInSmallHeap.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String output;
        try {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "read within two minutes");
        } finally {
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("read " + FORUMS + " forums"), output);
        // what stays after reading: the plan (about 35 MB) and the location index (about 17 MB), not a document
        // tree (the reader used to keep about 250 MB for this file)
        long retained = Long.parseLong(output.replaceAll("(?s).*retained (\\d+) MB.*", "$1"));
        assertTrue(retained < 100, "retained " + retained + " MB: " + output);
    }

    /** Run in a JVM of its own with {@link #SMALL_HEAP}: reads the file and prints what the heap keeps. */
    public static final class ReadInSmallHeap {
        private ReadInSmallHeap() {
        }

        /**
         * @param args the plan file
         * @throws IOException never; a read problem is printed and exits 1
         */
        public static void main(String[] args) throws IOException {
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            long before = runtime.totalMemory() - runtime.freeMemory();
            PlanDocument doc;
            try {
                doc = PlanReader.create().read(Path.of(args[0]));
            } catch (PlanReadException e) {
                System.out.println(e.getMessage());
                System.exit(1);
                return;
            }
            System.gc();
            long after = runtime.totalMemory() - runtime.freeMemory();
            System.out.println(String.format(Locale.ROOT, "read %d forums; retained %d MB; first frequency at %s",
                    doc.plan().forums().count(), Math.max(0, after - before) / 1_000_000,
                    doc.sourceMap().locationOf("categories[0].forums[0].frequency").orElseThrow()));
        }
    }
}
