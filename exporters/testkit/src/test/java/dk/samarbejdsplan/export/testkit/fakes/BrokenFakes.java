package dk.samarbejdsplan.export.testkit.fakes;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExportOutput;
import dk.samarbejdsplan.export.ExporterParameter;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Exporters that each break one rule of the contract; all registered in the test services file. */
public final class BrokenFakes {
    private BrokenFakes() {
    }

    /** Closes the caller's stream and writer. */
    public static class Closing extends GoodFake {
        @Override
        public String id() {
            return "closing-fake";
        }

        @Override
        public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
            super.export(plan, options, out);
            if (out instanceof Closeable c) {
                c.close();
            }
        }

        @Override
        public void export(CooperationPlan plan, ExportOptions options, OutputStream out) throws IOException {
            try (OutputStream o = out) {
                o.write(plan.title().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Writes a counter: two exports differ. */
    public static class Nondeterministic extends GoodFake {
        private final AtomicLong counter = new AtomicLong();

        @Override
        public String id() {
            return "nondeterministic-fake";
        }

        @Override
        public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
            super.export(plan, options, out);
            out.append("export number ").append(Long.toString(counter.incrementAndGet())).append('\n');
        }
    }

    /** Leaves out the last forum. */
    public static class Forgetful extends GoodFake {
        @Override
        public String id() {
            return "forgetful-fake";
        }

        @Override
        public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
            List<Forum> forums = plan.forums().toList();
            for (Forum f : forums.subList(0, Math.max(0, forums.size() - 1))) {
                writeForum(f, true, out);
            }
            out.append(plan.title());
        }
    }

    /** Replaces every non-ASCII character with '?', but writes forum ids so every forum is still named. */
    public static class AsciiOnly extends GoodFake {
        @Override
        public String id() {
            return "ascii-fake";
        }

        @Override
        public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
            StringBuilder sb = new StringBuilder();
            super.export(plan, options, sb);
            for (Forum f : (Iterable<Forum>) plan.forums()::iterator) {
                sb.append(f.id()).append('\n');
            }
            out.append(sb.toString().replaceAll("[^\\x00-\\x7F]", "?"));
        }
    }

    /** Writes ISO-8859-1 bytes to a stream. */
    public static class Latin1 extends GoodFake {
        @Override
        public String id() {
            return "latin1-fake";
        }

        @Override
        public void export(CooperationPlan plan, ExportOptions options, OutputStream out) throws IOException {
            StringBuilder sb = new StringBuilder();
            export(plan, options, sb);
            out.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
    }

    /** Metadata that breaks every rule it can. */
    public static class BadMetadata extends GoodFake {
        @Override
        public String id() {
            return "bad-metadata-fake";
        }

        @Override
        public String mediaType() {
            return "text";
        }

        @Override
        public String version() {
            return " ";
        }
    }

    /** A plugin that takes a built-in exporter's id. */
    public static class BuiltInId extends GoodFake {
        @Override
        public String id() {
            return "html";
        }
    }

    /** Parameters that are not under its id, and one without a description. */
    public static class BadParameters extends GoodFake {
        @Override
        public String id() {
            return "bad-parameters-fake";
        }

        @Override
        public List<ExporterParameter> parameters() {
            return List.of(ExporterParameter.freeText("style", "the style"));
        }
    }

    /** Its English name is blank, though {@code displayName()} is not. */
    public static class NoEnglishName extends GoodFake {
        @Override
        public String id() {
            return "no-english-name-fake";
        }

        @Override
        public String displayName() {
            return "No English name";
        }

        @Override
        public String displayName(Language language) {
            return language == Language.DA ? "Uden engelsk navn" : "";
        }
    }

    /** Its English texts lack a key of the Danish ones and have one blank text. */
    public static class UnevenTexts extends GoodFake {
        /** Creates the exporter; used by {@link java.util.ServiceLoader}. */
        public UnevenTexts() {
            super("uneven-texts-fake", UnevenTexts.class::getResourceAsStream, "uneven-texts");
        }
    }

    /** Swallows the failure of its sink: the caller thinks the export succeeded. */
    public static class Swallowing extends GoodFake {
        @Override
        public String id() {
            return "swallowing-fake";
        }

        @Override
        public void export(CooperationPlan plan, ExportOptions options, Appendable out) {
            try {
                super.export(plan, options, out);
            } catch (IOException e) {
                // "best effort"
            }
        }
    }

    /** Wraps the failure of its sink in an unchecked exception. */
    public static class Unchecked extends GoodFake {
        @Override
        public String id() {
            return "unchecked-fake";
        }

        @Override
        public void export(CooperationPlan plan, ExportOptions options, Appendable out) {
            try {
                super.export(plan, options, out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Declares an output it cannot write. */
    public static class BadOutput extends GoodFake {
        @Override
        public String id() {
            return "bad-output-fake";
        }

        @Override
        public List<ExportOutput> outputs() {
            return List.of(ExportOutput.MAIN, new ExportOutput("extra", "-extra"));
        }

        @Override
        public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
            if (options.output().equals("extra")) {
                throw new UnsupportedOperationException("extra is not written yet");
            }
            super.export(plan, options, out);
        }
    }

    /** Fails on a carriage return in a forum name: only generated plans have one. */
    public static class FragileOnControlCharacters extends GoodFake {
        @Override
        public String id() {
            return "fragile-fake";
        }

        @Override
        protected void writeForum(Forum f, boolean da, Appendable out) throws IOException {
            if (f.name().indexOf('\r') >= 0 || f.topic().indexOf('\r') >= 0) {
                throw new IllegalArgumentException("cannot handle a carriage return");
            }
            super.writeForum(f, da, out);
        }
    }

    /** Keeps the plan being exported in a field: concurrent exports mix their plans. */
    public static class NotThreadSafe extends GoodFake {
        private CooperationPlan current;

        @Override
        public String id() {
            return "not-thread-safe-fake";
        }

        @Override
        public void export(CooperationPlan plan, ExportOptions options, Appendable out) throws IOException {
            current = plan;
            for (Forum f : (Iterable<Forum>) plan.forums()::iterator) {
                try {
                    Thread.sleep(0, 200_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
                out.append(current.title()).append(": ");
                writeForum(f, true, out);
            }
        }
    }

    /** Well-behaved but not registered: the contract must not find it. */
    public static class Unregistered extends GoodFake {
        @Override
        public String id() {
            return "unregistered-fake";
        }
    }
}
