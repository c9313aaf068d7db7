package dk.samarbejdsplan.export.text.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.model.testkit.HandBuiltPlans;
import dk.samarbejdsplan.model.testkit.PlanArbitraries;
import dk.samarbejdsplan.model.testkit.SamplePlans;
import dk.samarbejdsplan.model.testkit.SyntheticPlans;
import dk.samarbejdsplan.export.text.TextOptions;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The text exporter writes exactly what it wrote before it worked over the source texts with indices: its
 * output equals that of {@link ReferenceTextExporter} and {@link ReferenceLineWriter} (the former code, kept as
 * the oracle) for arbitrary hostile plans, texts, labels and widths, as characters and as UTF-8 bytes.
 */
class TextReferenceEquivalenceTest {

    // ------------------------------------------------------------------------------------ whole exports

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void arbitraryPlansGiveTheFormerText(@ForAll("plans") CooperationPlan plan, @ForAll Language language,
            @ForAll @IntRange(min = TextOptions.MIN_LINE_WIDTH, max = 130) int width) throws IOException {
        assertSameExport(plan, language, width);
    }

    @Test
    void handBuiltSampleAndSyntheticPlansGiveTheFormerText() throws IOException {
        for (CooperationPlan plan : List.of(HandBuiltPlans.excerpt2007(), HandBuiltPlans.hostile(),
                SamplePlans.plan2007(), SamplePlans.unicodeProbe(), SyntheticPlans.ofSize(400, 20071213))) {
            for (Language language : Language.values()) {
                for (int width : new int[] {TextOptions.MIN_LINE_WIDTH, TextOptions.DEFAULT_LINE_WIDTH, 200}) {
                    assertSameExport(plan, language, width);
                }
            }
        }
    }

    private static void assertSameExport(CooperationPlan plan, Language language, int width) throws IOException {
        ExportOptions options = ExportOptions.builder().language(language)
                .parameter(TextOptions.WIDTH_PARAMETER, Integer.toString(width)).build();
        StringBuilder expected = new StringBuilder();
        new ReferenceTextExporter().export(plan, options, expected);
        StringBuilder actual = new StringBuilder();
        new TextPlanExporter().export(plan, options, actual);
        assertEquals(expected.toString(), actual.toString());
        StringWriter writer = new StringWriter(); // a Writer other than the API's UTF-8 bridge
        new TextPlanExporter().export(plan, options, writer);
        assertEquals(expected.toString(), writer.toString());
        StringBuilder other = new StringBuilder();
        new TextPlanExporter().export(plan, options, new Appendable() { // neither a Writer nor a StringBuilder
            @Override
            public Appendable append(CharSequence csq) {
                other.append(csq);
                return this;
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) {
                other.append(csq, start, end);
                return this;
            }

            @Override
            public Appendable append(char c) {
                other.append(c);
                return this;
            }
        });
        assertEquals(expected.toString(), other.toString());

        ByteArrayOutputStream expectedBytes = new ByteArrayOutputStream();
        try (Writer jdk = new OutputStreamWriter(expectedBytes, StandardCharsets.UTF_8)) {
            jdk.write(expected.toString());
        }
        ByteArrayOutputStream actualBytes = new ByteArrayOutputStream();
        new TextPlanExporter().export(plan, options, actualBytes);
        assertArrayEquals(expectedBytes.toByteArray(), actualBytes.toByteArray());
    }

    @Provide
    Arbitrary<CooperationPlan> plans() {
        return PlanArbitraries.plans(4, 5);
    }

    // ------------------------------------------------------------------------------------ the line writer

    /** One call on a line writer; a block in pieces is compared with the former block of the joined text. */
    record Call(int kind, String label, List<String> texts) {
        boolean on(LineWriter w) throws IOException {
            switch (kind) {
                case 0:
                    return w.block(label, texts.get(0));
                case 1:
                    return w.block(label, new StringBuilder(texts.get(0)));
                case 2:
                    w.heading(texts.get(0));
                    return false;
                case 3:
                    w.blankLine();
                    return false;
                default:
                    w.begin(label);
                    for (String t : texts) {
                        w.text(t);
                    }
                    return w.end();
            }
        }

        boolean on(ReferenceLineWriter w) throws IOException {
            switch (kind) {
                case 0:
                case 1:
                    return w.block(label, texts.get(0));
                case 2:
                    w.heading(texts.get(0));
                    return false;
                case 3:
                    w.blankLine();
                    return false;
                default:
                    return w.block(label, String.join("\n\n", texts));
            }
        }
    }

    @Property(tries = 3000)
    void anyCallsGiveTheFormerLines(@ForAll("calls") List<Call> calls,
            @ForAll @IntRange(min = 1, max = 100) int width) throws IOException {
        StringBuilder expected = new StringBuilder();
        ReferenceLineWriter reference = new ReferenceLineWriter(expected, width);
        StringBuilder actual = new StringBuilder();
        LineWriter writer = new LineWriter(actual, width);
        List<Boolean> expectedResults = new ArrayList<>();
        List<Boolean> actualResults = new ArrayList<>();
        for (Call call : calls) {
            expectedResults.add(call.on(reference));
            actualResults.add(call.on(writer));
        }
        reference.finish();
        writer.finish();
        assertEquals(expected.toString(), actual.toString(), () -> calls.toString());
        assertEquals(expectedResults, actualResults, "whether each block had several paragraphs");
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void hostilePlanTextsGiveTheFormerLines(@ForAll("planTexts") String text, @ForAll("labels") String label,
            @ForAll @IntRange(min = 1, max = 100) int width) throws IOException {
        StringBuilder expected = new StringBuilder();
        boolean expectedResult = new ReferenceLineWriter(expected, width).block(label, text);
        StringBuilder actual = new StringBuilder();
        LineWriter writer = new LineWriter(actual, width);
        boolean actualResult = writer.block(label, text);
        writer.finish();
        assertEquals(expected.toString(), actual.toString());
        assertEquals(expectedResult, actualResult);
    }

    @Test
    void examplesGiveTheFormerLines() throws IOException {
        String[] texts = {"", " ", "\t", "a", "a\tb", "\ta b\t", "label only", "x\r\ny", "x\ry", "x\n\ny",
            "x\u2029y", "x\u2028y", "\u000B\u000C\u0085", "word " + "ø".repeat(120) + " end",
            "\uD83D\uDE00".repeat(50) + " " + "\uD83D\uDE00".repeat(30), "a\uD800 b\uDC00", "a  \t  b",
            "\u2003x\u2003", "\u00A0x\u00A0", "x\u001Fy\u001F"};
        String[] labels = {"", "Forum:", "Møder om året:", " lead", "trail ", "  ", "a\tb"};
        for (String text : texts) {
            for (String label : labels) {
                for (int width : new int[] {1, 2, 5, 40, 80}) {
                    StringBuilder expected = new StringBuilder();
                    new ReferenceLineWriter(expected, width).block(label, text);
                    StringBuilder actual = new StringBuilder();
                    LineWriter writer = new LineWriter(actual, width);
                    writer.block(label, text);
                    writer.finish();
                    assertEquals(expected.toString(), actual.toString(),
                            "[" + label + "] [" + text + "] " + width);
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Call>> calls() {
        Arbitrary<Call> call = Combinators.combine(Arbitraries.integers().between(0, 4), labels(),
                texts().list().ofMinSize(1).ofMaxSize(3)).as(Call::new);
        return call.list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> planTexts() {
        return PlanArbitraries.texts();
    }

    @Provide
    Arbitrary<String> labels() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just("")),
                Tuple.of(4, Arbitraries.of("Forum:", "Møder om året:", "Snitflader til andre fora:",
                        "Police district:")),
                Tuple.of(2, texts().map(s -> s.length() > 30 ? s.substring(0, 30) : s)));
    }

    /** Short texts dense in what the wrapping and the paragraph rules look at. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> special = Arbitraries.of(" ", "  ", "   ", "\t", "\n", "\r", "\r\n", "\n\n", " \n ",
                "\u000B", "\u000C", "\u0085", "\u2028", "\u2029", "\u00A0", "\u2003", "\u3000", "\u001F", "\u200B",
                "æ", "ø", "Å", "\uD83D\uDE00", "\uD800", "\uDC00", "\u0301");
        Arbitrary<String> longWord = Arbitraries.strings().withCharRange('f', 'h').ofMinLength(30).ofMaxLength(90);
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(10, word), Tuple.of(8, special),
                Tuple.of(1, longWord));
        return piece.list().ofMaxSize(30).map(l -> String.join("", l));
    }
}
