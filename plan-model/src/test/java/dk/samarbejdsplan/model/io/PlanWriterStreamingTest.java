package dk.samarbejdsplan.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Meeting;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PoliceDistrict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PlanWriter} streams: the sink gets the document in pieces while the plan is walked, a plan whose
 * document is larger than the whole heap is written with a small heap, and a file is replaced all or nothing.
 */
class PlanWriterStreamingTest {
    /** The heap of the forked JVM: the plan fits (about 15 MB), its document (about 60 MB each) does not. */
    static final String HEAP = "-Xmx48m";
    static final int FORUMS = 100_000;

    @TempDir
    Path dir;

    /**
     * A plan of many forums that share their texts (so the plan itself is small) and have long names (so the
     * document is large): about 150 bytes of heap and 600 bytes of YAML per forum.
     */
    static CooperationPlan large(int forums, String lastTopic) {
        String name = "Forum for samarbejde mellem politi, kommune og lokalsamfund om tryghed og kriminalitet "
                .repeat(5).strip();
        List<String> representatives = List.of("Politidirektøren", "Borgmesteren", "Kommunaldirektøren");
        List<LocalUnit> units = List.of(LocalUnit.of(new Municipality("253", "Greve"),
                List.of(Meeting.on(LocalDate.of(2007, 10, 26)))));
        int perCategory = 1000;
        List<Category> categories = new ArrayList<>();
        for (int c = 0; c * perCategory < forums; c++) {
            List<Forum> list = new ArrayList<>(perCategory);
            for (int i = c * perCategory; i < Math.min(forums, (c + 1) * perCategory); i++) {
                String topic = i == forums - 1 ? lastTopic : "Tryghed";
                list.add(Forum.builder().id("forum-" + i).name(name).topic(topic).representatives(representatives)
                        .frequency("Min. 4").localUnits(i % 10 == 0 ? units : List.of()).build());
            }
            categories.add(new Category("kategori-" + c, c + 1, "Kategori " + (c + 1), list));
        }
        return CooperationPlan.builder().district(PoliceDistrict.of("Midt- og Vestsjællands Politi", "1467"))
                .year(2007).categories(categories).build();
    }

    /**
     * In a JVM of its own with {@value #HEAP}: writes a plan of {@value #FORUMS} forums as YAML and JSON to a
     * stream, a writer and a file, each document larger than the heap. Building the document as a String
     * first runs out of memory there.
     */
    @Test
    void writesADocumentLargerThanTheHeap() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                LargeWrite.class.getName(), Integer.toString(FORUMS), dir.toString());
        Path out = dir.resolve("out.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean finished = process.waitFor(300, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(out);
        assertTrue(finished, "did not finish: " + output);
        assertEquals(0, process.exitValue(), output);
        long heap = 48L << 20;
        for (String format : List.of("yaml", "json")) {
            String line = output.lines().filter(l -> l.startsWith(format + " ")).findFirst().orElseThrow(
                    () -> new AssertionError(output));
            String[] fields = line.split(" ");
            long stream = Long.parseLong(fields[1]);
            long chars = Long.parseLong(fields[2]);
            long file = Long.parseLong(fields[3]);
            assertTrue(stream > heap, "the document is larger than the heap: " + line);
            assertEquals(stream, file, line);
            assertTrue(chars <= stream && chars > stream * 9 / 10, line);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("out.txt"), files.map(p -> p.getFileName().toString()).toList(),
                    "the written files were removed, no temporary file left");
        }
    }

    /** The forked JVM of {@link #writesADocumentLargerThanTheHeap()}. */
    public static final class LargeWrite {
        private LargeWrite() {
        }

        /**
         * @param args the number of forums, a folder for the files
         * @throws IOException if writing fails
         */
        public static void main(String[] args) throws IOException {
            CooperationPlan plan = large(Integer.parseInt(args[0]), "Tryghed");
            Path folder = Path.of(args[1]);
            for (PlanWriter writer : List.of(PlanWriter.yaml(), PlanWriter.json())) {
                String name = writer.format().name().toLowerCase(java.util.Locale.ROOT);
                Sink stream = new Sink();
                writer.write(plan, stream.stream());
                Sink chars = new Sink();
                writer.write(plan, chars);
                Path file = folder.resolve("plan." + name);
                writer.write(plan, file);
                long size = Files.size(file);
                byte[] head = new byte[17];
                int lastByte;
                try (java.io.RandomAccessFile read = new java.io.RandomAccessFile(file.toFile(), "r")) {
                    read.readFully(head);
                    read.seek(size - 1);
                    lastByte = read.read();
                }
                Files.delete(file);
                String start = new String(head, StandardCharsets.US_ASCII);
                if (stream.last != '\n' || chars.last != '\n' || lastByte != '\n'
                        || !(start.startsWith("formatVersion: 1\n") || start.startsWith("{\n  \"formatVersio"))) {
                    throw new AssertionError("not a whole plan file: " + start);
                }
                System.out.println(name + " " + stream.count + " " + chars.count + " " + size);
            }
        }
    }

    @Test
    void theSinkGetsTheDocumentInSmallPiecesAndStaysOpen() throws IOException {
        CooperationPlan plan = large(2_000, "Tryghed");
        for (PlanWriter writer : List.of(PlanWriter.yaml(), PlanWriter.json())) {
            int length = writer.toString(plan).getBytes(StandardCharsets.UTF_8).length;
            Sink stream = new Sink();
            writer.write(plan, stream.stream());
            assertEquals(length, stream.count, writer.format().toString());
            assertTrue(stream.largestWrite <= 64 * 1024, "pieces of at most 64 kB: " + stream.largestWrite);
            assertTrue(stream.writes >= length / (64 * 1024), "many pieces: " + stream.writes);
            assertFalse(stream.closed, "not closed");
            assertTrue(stream.flushes > 0, "flushed");

            Sink chars = new Sink();
            writer.write(plan, chars);
            assertEquals(writer.toString(plan).length(), chars.count);
            assertTrue(chars.largestWrite <= 64 * 1024, "pieces of at most 64 k characters: " + chars.largestWrite);
            assertTrue(chars.writes >= chars.count / (64 * 1024), "many pieces: " + chars.writes);
            assertFalse(chars.closed, "not closed");
            assertTrue(chars.flushes > 0, "flushed");
        }
    }

    @Test
    void everySinkGetsTheSameText() throws IOException {
        for (CooperationPlan plan : List.of(TestPlans.rich(), TestPlans.minimal(), large(300, "Tryghed\u2028x"))) {
            for (PlanWriter writer : List.of(PlanWriter.yaml(), PlanWriter.json())) {
                String text = writer.toString(plan);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                writer.write(plan, bytes);
                assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
                StringWriter chars = new StringWriter();
                writer.write(plan, chars);
                assertEquals(text, chars.toString());
                Path file = dir.resolve("plan." + writer.format().name().toLowerCase(java.util.Locale.ROOT));
                writer.write(plan, file);
                assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
            }
        }
    }

    /**
     * A sink for the writers: a writer, or {@link #stream()} a stream, that counts and forgets what it takes,
     * records the largest single write, and fails once it has taken more than its limit of characters or bytes.
     */
    static final class Sink extends Writer {
        final IOException failure = new IOException("disk full");
        private final long limit;
        long count;
        int writes;
        int largestWrite;
        int last = -1;
        boolean closed;
        int flushes;

        /** A sink without a limit. */
        Sink() {
            this(Long.MAX_VALUE);
        }

        Sink(long limit) {
            this.limit = limit;
        }

        /** Takes one write of a length, whose last byte or character is lastUnit when the length is not 0. */
        private void take(int length, int lastUnit) throws IOException {
            count += length;
            writes++;
            largestWrite = Math.max(largestWrite, length);
            if (length > 0) {
                last = lastUnit;
            }
            if (count > limit) {
                throw failure;
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            take(len, len > 0 ? cbuf[off + len - 1] : -1);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            take(len, len > 0 ? str.charAt(off + len - 1) : -1);
        }

        @Override
        public void flush() {
            flushes++;
        }

        @Override
        public void close() {
            closed = true;
        }

        /** @return this sink as an output stream of bytes */
        OutputStream stream() {
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    take(1, b & 0xFF);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    take(len, len > 0 ? b[off + len - 1] & 0xFF : -1);
                }

                @Override
                public void flush() {
                    Sink.this.flush();
                }

                @Override
                public void close() {
                    Sink.this.close();
                }
            };
        }
    }

    @Test
    void aFailingSinkStopsTheWriteWithItsOwnException() {
        CooperationPlan plan = large(2_000, "Tryghed");
        for (PlanWriter writer : List.of(PlanWriter.yaml(), PlanWriter.json())) {
            Sink bytes = new Sink(100_000);
            assertSame(bytes.failure, assertThrows(IOException.class, () -> writer.write(plan, bytes.stream())));
            Sink chars = new Sink(100_000);
            assertSame(chars.failure, assertThrows(IOException.class, () -> writer.write(plan, chars)));
        }
    }

    @Test
    void aTextNeitherFormatCanEncodeFailsTheStreamAndLeavesTheFile() throws IOException {
        // the unpaired surrogate is in the last forum: the temporary file already holds most of the document
        CooperationPlan broken = large(5_000, "broken \uD800 text");
        for (PlanWriter writer : List.of(PlanWriter.json(), PlanWriter.yaml())) {
            PlanWriteException e = assertThrows(PlanWriteException.class,
                    () -> writer.write(broken, new Sink().stream()));
            assertTrue(e.getMessage().contains("U+D800") && e.getMessage().contains("broken "), e.getMessage());

            Path file = dir.resolve("plan." + writer.format().name().toLowerCase(java.util.Locale.ROOT));
            Files.writeString(file, "old content");
            assertThrows(PlanWriteException.class, () -> writer.write(broken, file));
            assertEquals("old content", Files.readString(file));
            Files.delete(file);
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(List.of(), files.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
            }
            // a writer of characters could hold it, but the file would not read back: refused as well
            assertThrows(PlanWriteException.class, () -> writer.write(broken, new StringWriter()));
        }
    }

    @Test
    void aFileIsReplacedOnlyOnceItIsComplete() throws IOException {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, "old content");
        CooperationPlan plan = large(5_000, "Tryghed");
        // the sink of the file write fails at its end: the old file stays
        Path blocked = dir.resolve("blocked.yaml");
        Files.createDirectory(blocked);
        Files.writeString(blocked.resolve("keep"), "a folder that is not empty cannot be replaced by a file");
        assertThrows(IOException.class, () -> PlanWriter.yaml().write(plan, blocked));
        assertTrue(Files.isDirectory(blocked));
        PlanWriter.yaml().write(plan, file);
        assertEquals(PlanWriter.yaml().toString(plan), Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("blocked.yaml", "plan.yaml"), files.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "no temporary file left");
        }
    }
}
