package dk.samarbejdsplan.export.testkit;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.testkit.PlanArbitraries;
import dk.samarbejdsplan.model.testkit.SamplePlans;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The exporter contract as tests: extend this class in your exporter's tests, name the exporter, and every
 * rule of {@link ExporterContract} runs as its own JUnit test, plus a jqwik property over generated plans.
 *
 * <p>For a plugin author: add the test kit as a test dependency,
 * <pre>{@code
 * <dependency>
 *   <groupId>dk.samarbejdsplan</groupId>
 *   <artifactId>exporter-testkit</artifactId>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 * and write one class whose name ends in {@code Test} (so Surefire runs it):
 * <pre>{@code
 * class IcalExporterContractTest extends ExporterContractTest {
 *     IcalExporterContractTest() {
 *         super("ical");          // found through ServiceLoader by this id: proves the registration
 *     }
 *
 *     @Override
 *     protected String decodeText(String output) {
 *         return output.replace("\\,", ",").replace("\\;", ";").replace("\r\n ", "");  // undo iCalendar escaping
 *     }
 * }
 * }</pre>
 *
 * <p>What runs: {@link #registeredThroughServiceLoader()}, {@link #metadataIsSane()}, {@link #keepsTheFailureContract()},
 * {@link #exportsThe2007PlanInEveryLanguageAndOutput()}, {@link #writesValidUtf8()},
 * {@link #isDeterministic()}, {@link #doesNotCloseTheCallersStream()}, {@link #includesEveryForum()},
 * {@link #keepsDanishLettersAndUnicode()}, {@link #foundOnTheModulePath()}, {@link #isThreadSafe()}, and the
 * property {@link #keepsTheContractForGeneratedPlans(CooperationPlan)} ({@value #GENERATED_TRIES} tries;
 * override it with your own {@code @Property(tries = ...)} to change that). Each failure says what the exporter
 * did wrong.
 *
 * <p>Hooks: {@link #decodeText(String)} when your format escapes text (HTML entities, JSON strings, CSV
 * quoting) and {@link #mentions(String, Forum)} when it shows forums some other way than by id or name.
 */
public abstract class ExporterContractTest {

    /** The number of generated plans {@link #keepsTheContractForGeneratedPlans} tries. */
    public static final int GENERATED_TRIES = 100;

    /** The id given to the constructor, or {@code null} when the subclass overrides {@link #exporterId()}. */
    private final String exporterId;

    /**
     * For subclasses that name the exporter by the constructor, the usual way.
     *
     * @param exporterId the id of the exporter under test, for example {@code "csv"}; it is looked up through
     *        {@link java.util.ServiceLoader}
     */
    protected ExporterContractTest(String exporterId) {
        this.exporterId = Objects.requireNonNull(exporterId, "exporterId");
    }

    /** For subclasses that override {@link #exporterId()} instead (as before the constructor with the id). */
    protected ExporterContractTest() {
        this.exporterId = null;
    }

    /**
     * The id of the exporter under test, for example {@code "csv"}; it is looked up through
     * {@link java.util.ServiceLoader}. The default is the id given to the constructor.
     *
     * @return the id
     * @throws IllegalStateException if the subclass neither gave an id to the constructor nor overrides this
     */
    protected String exporterId() {
        if (exporterId == null) {
            throw new IllegalStateException(getClass().getName() + " names no exporter: call super(\"id\") in its"
                    + " constructor");
        }
        return exporterId;
    }

    /**
     * Turns the output (already decoded from UTF-8) into the plain text it carries, for the Unicode and forum
     * checks. The default returns it as it is; override it for formats that escape text.
     *
     * @param output the output
     * @return its text
     */
    protected String decodeText(String output) {
        return output;
    }

    /**
     * Whether the decoded main output includes a forum. The default accepts its id or its name (white space
     * runs compared as one space); see {@link ExporterContract#mentionsByDefault}.
     *
     * @param text the decoded main output
     * @param forum a forum of the exported plan
     * @return whether the output includes it
     */
    protected boolean mentions(String text, Forum forum) {
        return ExporterContract.mentionsByDefault(text, forum);
    }

    /**
     * The checker the tests use; override to change it further (for example {@code withRegistry}).
     *
     * @return the contract of {@link #exporterId()} with this class's hooks
     */
    protected ExporterContract contract() {
        return ExporterContract.forId(exporterId()).decodeTextWith(this::decodeText).mentionsWith(this::mentions);
    }

    /** Found by id through ServiceLoader, registered for the class path and (if a module) the module path. */
    @Test
    @DisplayName("registered through ServiceLoader (services file and provides)")
    public void registeredThroughServiceLoader() {
        contract().checkRegistered();
    }

    /**
     * Id, display name, media type, extension, version and outputs are sane; an {@code AbstractPlanExporter}'s own
     * texts have the same keys in Danish and English, none blank.
     */
    @Test
    @DisplayName("metadata is sane")
    public void metadataIsSane() {
        contract().checkMetadata();
    }

    /**
     * The failure contract of {@link dk.samarbejdsplan.export.PlanExporter}: an unknown output is refused by the
     * registry before the exporter runs; the sink's IOException is passed on.
     */
    @Test
    @DisplayName("keeps the failure contract (unknown output refused by the registry, sink failures passed on)")
    public void keepsTheFailureContract() {
        contract().checkFailureContract(SamplePlans.plan2007());
    }

    /** The 2007 plan exports in Danish and English, every output, without throwing. */
    @Test
    @DisplayName("exports the 2007 plan in every language and output")
    public void exportsThe2007PlanInEveryLanguageAndOutput() {
        contract().checkExports(SamplePlans.plan2007());
    }

    /** Every output is valid UTF-8. */
    @Test
    @DisplayName("writes valid UTF-8")
    public void writesValidUtf8() {
        contract().checkValidUtf8(SamplePlans.plan2007()).checkValidUtf8(SamplePlans.unicodeProbe());
    }

    /** Two exports give identical bytes. */
    @Test
    @DisplayName("is deterministic")
    public void isDeterministic() {
        contract().checkDeterministic(SamplePlans.plan2007()).checkDeterministic(SamplePlans.unicodeProbe());
    }

    /** The caller's stream or writer is never closed. */
    @Test
    @DisplayName("does not close the caller's stream")
    public void doesNotCloseTheCallersStream() {
        contract().checkDoesNotCloseStream(SamplePlans.plan2007());
    }

    /** The main output includes every forum of the 2007 plan. */
    @Test
    @DisplayName("includes every forum")
    public void includesEveryForum() {
        contract().checkEveryForum(SamplePlans.plan2007()).checkEveryForum(SamplePlans.unicodeProbe());
    }

    /** Danish letters and hard Unicode survive. */
    @Test
    @DisplayName("keeps Danish letters and any Unicode intact")
    public void keepsDanishLettersAndUnicode() {
        contract().checkUnicodeKept();
    }

    /**
     * If the exporter is a named module: found by id through ServiceLoader in a module layer of its module and
     * the modules it requires, and no {@code internal} package exported to every module.
     */
    @Test
    @DisplayName("found on the module path (a module layer of its module), no internal package exported")
    public void foundOnTheModulePath() {
        contract().checkFoundOnModulePath();
    }

    /** Concurrent exports give the same bytes as exports one at a time. */
    @Test
    @DisplayName("is thread-safe")
    public void isThreadSafe() {
        contract().checkThreadSafe();
    }

    /**
     * For generated plans: no exception, valid UTF-8, deterministic, every forum in the main output.
     *
     * @param plan a generated plan
     */
    @Property(tries = GENERATED_TRIES)
    public void keepsTheContractForGeneratedPlans(@ForAll("exporterContractPlans") CooperationPlan plan) {
        contract().checkGenerated(plan);
    }

    /**
     * The plans {@link #keepsTheContractForGeneratedPlans} tries: {@link PlanArbitraries#plans()}.
     *
     * @return the arbitrary
     */
    @Provide
    public Arbitrary<CooperationPlan> exporterContractPlans() {
        return PlanArbitraries.plans();
    }
}
