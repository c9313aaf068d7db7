package dk.samarbejdsplan.export.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.testkit.HandBuiltPlans;
import dk.samarbejdsplan.model.testkit.SamplePlans;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The kit tests itself: the contract runs (through the JUnit Platform, as Surefire would run it) against a
 * well-behaved fake, which passes every check, and against fakes that each break one rule, which fail exactly
 * the checks about that rule with a message that says what is wrong.
 */
class ExporterContractSelfTest {

    /** Every check the contract runs: the JUnit tests and the jqwik property. */
    static final Set<String> ALL_CHECKS = Set.of("registeredThroughServiceLoader", "metadataIsSane",
            "keepsTheFailureContract",
            "exportsThe2007PlanInEveryLanguageAndOutput", "writesValidUtf8", "isDeterministic",
            "doesNotCloseTheCallersStream", "includesEveryForum", "keepsDanishLettersAndUnicode",
            "foundOnTheModulePath", "isThreadSafe", "keepsTheContractForGeneratedPlans");

    /** The contract with a quicker property (fewer tries, no shrinking), for the broken fakes. */
    abstract static class QuickContract extends ExporterContractTest {
        @Override
        @Property(tries = 25, shrinking = ShrinkingMode.OFF)
        public void keepsTheContractForGeneratedPlans(@ForAll("exporterContractPlans") CooperationPlan plan) {
            super.keepsTheContractForGeneratedPlans(plan);
        }
    }

    static class GoodContract extends QuickContract {
        @Override
        protected String exporterId() {
            return "good-fake";
        }
    }

    static class ClosingContract extends QuickContract {
        @Override
        protected String exporterId() {
            return "closing-fake";
        }
    }

    static class NondeterministicContract extends QuickContract {
        @Override
        protected String exporterId() {
            return "nondeterministic-fake";
        }
    }

    static class ForgetfulContract extends QuickContract {
        @Override
        protected String exporterId() {
            return "forgetful-fake";
        }
    }

    static class AsciiContract extends QuickContract {
        @Override
        protected String exporterId() {
            return "ascii-fake";
        }
    }

    static class Latin1Contract extends QuickContract {
        @Override
        protected String exporterId() {
            return "latin1-fake";
        }
    }

    static class BadMetadataContract extends QuickContract {
        @Override
        protected String exporterId() {
            return "bad-metadata-fake";
        }
    }

    static class BadOutputContract extends QuickContract {
        @Override
        protected String exporterId() {
            return "bad-output-fake";
        }
    }

    static class FragileContract extends QuickContract {
        @Override
        protected String exporterId() {
            return "fragile-fake";
        }
    }

    static class NotThreadSafeContract extends QuickContract {
        @Override
        protected String exporterId() {
            return "not-thread-safe-fake";
        }
    }

    static class UnregisteredContract extends QuickContract {
        @Override
        protected String exporterId() {
            return "unregistered-fake";
        }
    }

    static class BuiltInIdContract extends QuickContract {
        @Override
        protected String exporterId() {
            return "html";
        }
    }

    static class BadParametersContract extends QuickContract {
        @Override
        protected String exporterId() {
            return "bad-parameters-fake";
        }
    }

    static class UnevenTextsContract extends QuickContract {
        @Override
        protected String exporterId() {
            return "uneven-texts-fake";
        }
    }

    static class NoEnglishNameContract extends QuickContract {
        @Override
        protected String exporterId() {
            return "no-english-name-fake";
        }
    }

    static class SwallowingContract extends QuickContract {
        @Override
        protected String exporterId() {
            return "swallowing-fake";
        }
    }

    static class UncheckedContract extends QuickContract {
        @Override
        protected String exporterId() {
            return "unchecked-fake";
        }
    }

    /** An exporter that escapes '&' as HTML does, with the hook that undoes it. */
    static class EscapingHookContract extends QuickContract {
        @Override
        protected String exporterId() {
            return "ascii-fake";
        }

        @Override
        protected String decodeText(String output) {
            return output; // the ascii fake loses characters for good: no hook can bring them back
        }
    }

    /** The outcome of running a contract class: check name to failure message, and the checks that passed. */
    record Outcome(Map<String, String> failed, Set<String> passed) {
        Set<String> failedChecks() {
            return new TreeSet<>(failed.keySet());
        }

        String message(String check) {
            assertTrue(failed.containsKey(check), "expected " + check + " to fail; failed: " + failed.keySet());
            return failed.get(check);
        }
    }

    static Outcome run(Class<?> contract) {
        Map<String, String> failed = new TreeMap<>();
        Set<String> passed = new TreeSet<>();
        for (String engine : new String[] {"junit-jupiter", "jqwik"}) {
            Events events = EngineTestKit.engine(engine).selectors(selectClass(contract)).execute().testEvents();
            events.failed().stream().forEach(e -> failed.put(check(e), message(e)));
            events.succeeded().stream().forEach(e -> passed.add(check(e)));
        }
        assertEquals(ALL_CHECKS, union(failed.keySet(), passed), "every check ran once for " + contract);
        return new Outcome(failed, passed);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String check(Event e) {
        return e.getTestDescriptor().getSource().filter(MethodSource.class::isInstance)
                .map(s -> ((MethodSource) s).getMethodName()).orElse(e.getTestDescriptor().getDisplayName());
    }

    private static String message(Event e) {
        return e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                .map(t -> t.getClass().getSimpleName() + ": " + t.getMessage()).orElse("?");
    }

    @Test
    void aWellBehavedExporterPassesEveryCheck() {
        Outcome outcome = run(GoodContract.class);
        assertEquals(Map.of(), outcome.failed());
        assertEquals(ALL_CHECKS, outcome.passed());
    }

    @Test
    void closingTheStreamIsCaught() {
        Outcome outcome = run(ClosingContract.class);
        assertTrue(outcome.message("doesNotCloseTheCallersStream").contains(
                "The exporter 'closing-fake' closed the caller's stream (export with language da, output 'main'); "
                        + "an exporter must flush but never close the sink it is given"),
                outcome.message("doesNotCloseTheCallersStream"));
        assertTrue(outcome.passed().containsAll(Set.of("registeredThroughServiceLoader", "metadataIsSane")));
    }

    @Test
    void nondeterministicOutputIsCaught() {
        Outcome outcome = run(NondeterministicContract.class);
        assertEquals(Set.of("isDeterministic", "isThreadSafe", "keepsTheContractForGeneratedPlans"),
                outcome.failedChecks());
        String message = outcome.message("isDeterministic");
        assertTrue(message.contains("The exporter 'nondeterministic-fake' is not deterministic: two exports of the "
                + "plan 'Samarbejdsplan for 2007' (2007, 35 forums) with language da, output 'main' differ from byte "),
                message);
        assertTrue(message.contains("first:  ...") && message.contains("export number"), message);
    }

    @Test
    void aMissingForumIsCaught() {
        Outcome outcome = run(ForgetfulContract.class);
        assertEquals(Set.of("includesEveryForum", "keepsTheContractForGeneratedPlans"), outcome.failedChecks());
        String message = outcome.message("includesEveryForum");
        assertTrue(message.contains("The main output of 'forgetful-fake' for the plan 'Samarbejdsplan for 2007' "
                + "(2007, 35 forums) with language da, output 'main' does not include 1 of 35 forums: "), message);
        String lastForum = SamplePlans.plan2007().forums().reduce((a, b) -> b).orElseThrow().id();
        assertTrue(message.contains(lastForum + " ("), message);
        assertTrue(outcome.message("keepsTheContractForGeneratedPlans").contains("does not include the forums"));
    }

    @Test
    void lostUnicodeIsCaughtWithTheCodePoints() {
        Outcome outcome = run(AsciiContract.class);
        assertEquals(Set.of("keepsDanishLettersAndUnicode"), outcome.failedChecks());
        String message = outcome.message("keepsDanishLettersAndUnicode");
        assertTrue(message.contains("The main output of 'ascii-fake' with language da, output 'main' lost or changed "),
                message);
        assertTrue(message.contains("Kredsrådet (U+004B U+0072 U+0065 U+0064 U+0073 U+0072 U+00E5"), message);
        assertTrue(message.contains("override decodeText()"), message);
        assertEquals(Set.of("keepsDanishLettersAndUnicode"), run(EscapingHookContract.class).failedChecks());
    }

    @Test
    void invalidUtf8IsCaught() {
        Outcome outcome = run(Latin1Contract.class);
        String message = outcome.message("writesValidUtf8");
        assertTrue(message.contains("The output of 'latin1-fake' with language da, output 'main' is not valid UTF-8 ("),
                message);
        assertTrue(message.contains("\\xF8") || message.contains("\\xE6") || message.contains("\\xE5"), message);
        assertTrue(outcome.passed().containsAll(Set.of("registeredThroughServiceLoader", "metadataIsSane",
                "isDeterministic", "doesNotCloseTheCallersStream")), outcome.toString());
    }

    @Test
    void badMetadataIsCaught() {
        Outcome outcome = run(BadMetadataContract.class);
        assertEquals(Set.of("metadataIsSane"), outcome.failedChecks());
        assertTrue(outcome.message("metadataIsSane").contains("mediaType() of 'bad-metadata-fake' is 'text': it must "
                + "be type/subtype"), outcome.message("metadataIsSane"));
    }

    @Test
    void aPluginWithABuiltInIdIsCaught() {
        Outcome outcome = run(BuiltInIdContract.class);
        assertEquals(Set.of("metadataIsSane"), outcome.failedChecks());
        assertTrue(outcome.message("metadataIsSane").contains("id() 'html' of "
                + "dk.samarbejdsplan.export.testkit.fakes.BrokenFakes$BuiltInId is the id of a built-in exporter "
                + "(csv, html, jsonld, pdf, text): next to the built-in exporters this plugin would be left out "
                + "(EXP-003), so users would never see it. Choose another id, for example 'html-builtinid'"),
                outcome.message("metadataIsSane"));
    }

    @Test
    void aContractThatNamesNoExporterSaysSo() {
        ExporterContractTest unnamed = new ExporterContractTest() {
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, unnamed::contract);
        assertTrue(e.getMessage().contains("names no exporter: call super(\"id\")"), e.getMessage());
    }

    @Test
    void parametersOutsideTheIdAreCaught() {
        Outcome outcome = run(BadParametersContract.class);
        assertEquals(Set.of("metadataIsSane"), outcome.failedChecks());
        assertTrue(outcome.message("metadataIsSane").contains("the parameter key 'style' of 'bad-parameters-fake' "
                + "must start with 'bad-parameters-fake.'"), outcome.message("metadataIsSane"));
        AssertionError blank = assertThrows(AssertionError.class, () -> ExporterContract.forId("good-fake")
                .withRegistry(dk.samarbejdsplan.export.ExporterRegistry.of(new dk.samarbejdsplan.export.testkit
                        .fakes.GoodFake() {
                    @Override
                    public String displayName() {
                        return "Style";
                    }

                    @Override
                    public java.util.List<dk.samarbejdsplan.export.ExporterParameter> parameters() {
                        return java.util.List.of(new dk.samarbejdsplan.export.ExporterParameter("good-fake.style",
                                " ", java.util.List.of("a", "b")));
                    }
                })).checkMetadata());
        assertTrue(blank.getMessage().contains("the parameter 'good-fake.style' of 'good-fake' has a blank "
                + "description"), blank.getMessage());
    }

    @Test
    void aBlankNameInOneLanguageIsCaught() {
        Outcome outcome = run(NoEnglishNameContract.class);
        assertEquals(Set.of("metadataIsSane"), outcome.failedChecks());
        assertTrue(outcome.message("metadataIsSane").contains("displayName(EN) of 'no-english-name-fake' is blank"),
                outcome.message("metadataIsSane"));
    }

    @Test
    void textsMissingOrBlankInOneLanguageAreCaught() {
        Outcome outcome = run(UnevenTextsContract.class);
        assertEquals(Set.of("metadataIsSane"), outcome.failedChecks());
        assertTrue(outcome.message("metadataIsSane").contains("the Danish and English texts of 'uneven-texts-fake' do "
                + "not have the same keys (only in Danish: [heading], only in English: [])"),
                outcome.message("metadataIsSane"));
        AssertionError blank = assertThrows(AssertionError.class, () -> ExporterContract.forId("blank-text-fake")
                .withRegistry(dk.samarbejdsplan.export.ExporterRegistry.of(new dk.samarbejdsplan.export.testkit
                        .fakes.GoodFake("blank-text-fake", dk.samarbejdsplan.export.testkit.fakes.GoodFake.class
                                ::getResourceAsStream, "blank-text") {
                })).checkMetadata());
        assertTrue(blank.getMessage().contains("the text 'meeting' of 'blank-text-fake' is blank in EN"),
                blank.getMessage());
    }

    @Test
    void aSwallowedOrWrappedSinkFailureIsCaught() {
        Outcome swallowing = run(SwallowingContract.class);
        assertEquals(Set.of("keepsTheFailureContract"), swallowing.failedChecks());
        assertTrue(swallowing.message("keepsTheFailureContract").contains("The exporter 'swallowing-fake' returned "
                + "normally although its Appendable failed"), swallowing.message("keepsTheFailureContract"));
        Outcome unchecked = run(UncheckedContract.class);
        assertEquals(Set.of("keepsTheFailureContract"), unchecked.failedChecks());
        assertTrue(unchecked.message("keepsTheFailureContract").contains("The exporter 'unchecked-fake' threw "
                + "java.io.UncheckedIOException"), unchecked.message("keepsTheFailureContract"));
        assertTrue(unchecked.message("keepsTheFailureContract").contains("not wrapped in an unchecked exception"),
                unchecked.message("keepsTheFailureContract"));
    }

    @Test
    void anOutputThatCannotBeWrittenIsCaught() {
        Outcome outcome = run(BadOutputContract.class);
        String message = outcome.message("exportsThe2007PlanInEveryLanguageAndOutput");
        assertTrue(message.contains("The exporter 'bad-output-fake' threw java.lang.UnsupportedOperationException: "
                + "extra is not written yet exporting the plan 'Samarbejdsplan for 2007' (2007, 35 forums) with "
                + "language da, output 'extra'; a valid plan must never make an exporter fail"), message);
        assertTrue(outcome.passed().contains("keepsDanishLettersAndUnicode"));
    }

    @Test
    void aFailureOnGeneratedPlansIsCaughtByTheProperty() {
        Outcome outcome = run(FragileContract.class);
        assertEquals(Set.of("keepsTheContractForGeneratedPlans"), outcome.failedChecks());
        assertTrue(outcome.message("keepsTheContractForGeneratedPlans").contains(
                "The exporter 'fragile-fake' threw java.lang.IllegalArgumentException: cannot handle a carriage "
                        + "return exporting the plan"), outcome.message("keepsTheContractForGeneratedPlans"));
    }

    @Test
    void sharedStateBetweenExportsIsCaught() {
        Outcome outcome = run(NotThreadSafeContract.class);
        assertEquals(Set.of("isThreadSafe"), outcome.failedChecks());
        assertTrue(outcome.message("isThreadSafe").contains("The exporter 'not-thread-safe-fake' is not thread-safe: "
                + "exporting the plan"), outcome.message("isThreadSafe"));
    }

    @Test
    void anUnregisteredExporterFailsEveryCheckNamingTheIdsAvailable() {
        Outcome outcome = run(UnregisteredContract.class);
        assertEquals(ALL_CHECKS, outcome.failedChecks());
        String message = outcome.message("registeredThroughServiceLoader");
        assertTrue(message.contains("The exporter 'unregistered-fake' is not found through ServiceLoader: "
                + "EXP-002: Unknown exporter 'unregistered-fake'. Available: ascii-fake, bad-metadata-fake, "), message);
        assertTrue(message.contains("Register it in META-INF/services/dk.samarbejdsplan.export.PlanExporter and "
                + "with 'provides dk.samarbejdsplan.export.PlanExporter with ...' in module-info.java."), message);
    }

    @Test
    void theFluentCheckerReportsEveryBrokenRuleAtOnce() {
        ExporterContract.forId("good-fake").checkAll();
        AssertionError error = assertThrows(AssertionError.class,
                () -> ExporterContract.forId("bad-metadata-fake").checkAll());
        assertTrue(error.getMessage().startsWith("the exporter contract of 'bad-metadata-fake'"), error.getMessage());
        assertTrue(error.getMessage().contains("mediaType()"), error.getMessage());
        AssertionError lost = assertThrows(AssertionError.class, () -> ExporterContract.forId("ascii-fake")
                .decodeTextWith(s -> s).checkUnicodeKept());
        assertTrue(lost.getMessage().contains("lost or changed"), lost.getMessage());
    }

    @Test
    void threadSafetyOnPlansOfYourOwn() {
        ExporterContract.forId("good-fake").checkThreadSafe(java.util.List.of(HandBuiltPlans.hostile()));
        AssertionError e = assertThrows(AssertionError.class, () -> ExporterContract.forId("not-thread-safe-fake")
                .checkThreadSafe(java.util.List.of(HandBuiltPlans.excerpt2007(), SamplePlans.unicodeProbe())));
        assertTrue(e.getMessage().startsWith("The exporter 'not-thread-safe-fake' is not thread-safe: exporting "),
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ExporterContract.forId("good-fake").checkThreadSafe(java.util.List.of()));
    }

    @Test
    void exportToStringGivesTheAppendableOutputAndLetsExceptionsThrough() {
        CooperationPlan plan = HandBuiltPlans.excerpt2007();
        ExporterContract good = ExporterContract.forId("good-fake");
        dk.samarbejdsplan.export.ExportOptions meetings = dk.samarbejdsplan.export.ExportOptions.builder()
                .output("meetings").build();
        assertEquals(good.exportUtf8(plan, meetings), good.exportToString(plan, meetings));
        assertTrue(good.exportToString(plan, meetings).contains("lokalraadene;316;2007-09-26\n"));
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> ExporterContract.forId("bad-output-fake").exportToString(plan,
                        dk.samarbejdsplan.export.ExportOptions.builder().output("extra").build()));
        assertEquals("extra is not written yet", e.getMessage());
    }

    @Test
    void theDefaultForumCheckComparesWhiteSpaceRunsAsOneSpace() {
        var forum = SamplePlans.plan2007().forums().findFirst().orElseThrow();
        String wrapped = forum.name().replace(" ", "\n   ");
        assertTrue(ExporterContract.mentionsByDefault("x " + wrapped + " y", forum));
        assertTrue(ExporterContract.mentionsByDefault("see #" + forum.id(), forum));
        assertTrue(!ExporterContract.mentionsByDefault(forum.name().substring(0, 10), forum));
        assertEquals("a b c", ExporterContract.normalizeSpace(" a\t\r\n b\u00A0\u2028c  "));
    }

    @Test
    void the2007PlanIsBundledAndComplete() {
        CooperationPlan plan = SamplePlans.plan2007();
        assertEquals(2007, plan.year());
        assertEquals("Midt- og Vestsjællands Politi", plan.district().name());
        assertEquals(13, plan.categories().size());
        assertEquals(35, plan.forums().count());
        assertEquals(13, plan.forums().flatMap(f -> f.localUnits().stream()).mapToLong(u -> u.meetings().size())
                .sum());
        assertTrue(SamplePlans.plan2007() == plan, "read once");
    }
}
