package dk.samarbejdsplan.export.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import dk.samarbejdsplan.export.AbstractPlanExporter;
import dk.samarbejdsplan.export.ExportException;
import dk.samarbejdsplan.export.ExportOptions;
import dk.samarbejdsplan.export.ExportOutput;
import dk.samarbejdsplan.export.ExporterParameter;
import dk.samarbejdsplan.export.ExporterProblem;
import dk.samarbejdsplan.export.ExporterRegistry;
import dk.samarbejdsplan.export.PlanExporter;
import dk.samarbejdsplan.export.UnknownExporterException;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.testkit.HandBuiltPlans;
import dk.samarbejdsplan.model.testkit.PlanArbitraries;
import dk.samarbejdsplan.model.testkit.SamplePlans;
import dk.samarbejdsplan.model.testkit.SyntheticPlans;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.function.Executable;

/**
 * The exporter contract as a fluent checker: every rule an exporter must keep, each a method that throws an
 * {@link AssertionError} with a clear message when the rule is broken. {@link ExporterContractTest} runs the
 * same checks as separate JUnit tests and a jqwik property; use this class directly from another test
 * framework, or to check one rule on a plan of your own.
 *
 * <pre>{@code
 * ExporterContract.forId("csv")
 *         .decodeTextWith(CsvContractTest::cellsAsText)   // only for formats that escape text
 *         .checkAll();
 * }</pre>
 *
 * <p>The exporter is always looked up <em>by id</em> through {@link ExporterRegistry#load()}, the same
 * {@link java.util.ServiceLoader} path that programs use, so a passing contract proves the exporter is
 * registered.
 *
 * <p>The rules:
 * <ul>
 * <li>{@link #checkRegistered() registered}: found by id, with no loading problem naming it; its jar or class
 *     folder has {@code META-INF/services/dk.samarbejdsplan.export.PlanExporter} naming its class and, if it
 *     is a module, {@code provides dk.samarbejdsplan.export.PlanExporter with} its class.</li>
 * <li>{@link #checkMetadata() sane metadata}: id {@code [a-z0-9]+(-[a-z0-9]+)*}, and not one of the
 *     {@link #BUILT_IN_IDS built-in ids} unless it is that built-in exporter; a display name, also in Danish and
 *     English ({@code displayName(Language)}); for an {@link AbstractPlanExporter}, its own Danish and English
 *     texts with the same keys, none blank; a media type {@code type/subtype} without parameters; a file
 *     extension without a dot; a version; outputs with {@code main} first, unique lowercase ids and unique file
 *     suffixes; parameters whose keys start with {@code <id>.}, are unique and have a description.</li>
 * <li>{@link #checkFailureContract(CooperationPlan) the failure contract} of {@link PlanExporter}: the registry
 *     refuses an output the exporter does not have ({@code EXP-008}) before calling it, writing nothing; an
 *     {@link IOException} of the sink (byte stream or {@link Appendable}) reaches the caller as an
 *     {@code IOException}, neither swallowed nor wrapped in an unchecked exception.</li>
 * <li>{@link #checkExports(CooperationPlan) exports} the plan in Danish and English, for every declared
 *     output, without throwing; the 2007 plan's main output is not empty.</li>
 * <li>{@link #checkValidUtf8(CooperationPlan) valid UTF-8} (decoded with a strict decoder).</li>
 * <li>{@link #checkDeterministic(CooperationPlan) deterministic}: two exports give identical bytes.</li>
 * <li>{@link #checkDoesNotCloseStream(CooperationPlan) never closes the caller's stream}, nor the caller's
 *     {@link Writer} when given one as {@link Appendable}.</li>
 * <li>{@link #checkEveryForum(CooperationPlan) includes every forum} in its main output (see
 *     {@link #mentionsWith(BiPredicate)}).</li>
 * <li>{@link #checkUnicodeKept() keeps Danish letters and any Unicode intact}: every
 *     {@link SamplePlans#UNICODE_PROBES probe word} of {@link SamplePlans#unicodeProbe()} appears in the
 *     main output after {@link #decodeTextWith(UnaryOperator) decoding}.</li>
 * <li>{@link #checkFoundOnModulePath() found on the module path}: if the exporter is a named module, a module
 *     layer of that module and the modules it requires finds it through {@link java.util.ServiceLoader} by
 *     its id, and the module exports no {@code internal} package to everyone.</li>
 * <li>{@link #checkThreadSafe() thread-safe}: concurrent exports of different plans give the same bytes as
 *     exports one at a time.</li>
 * </ul>
 *
 * <p>Immutable; each {@code with...} method returns a new checker.
 */
public final class ExporterContract {

    /**
     * The ids of the project's own exporters. A plugin with one of them is left out whenever it runs next to the
     * built-in exporter ({@code EXP-003}), so the contract fails it.
     */
    public static final List<String> BUILT_IN_IDS = List.of("csv", "html", "jsonld", "pdf", "text");

    private static final Pattern ID = ExporterRegistry.ID_PATTERN;
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static final String SERVICE = "META-INF/services/" + PlanExporter.class.getName();

    private final String id;
    private final Supplier<ExporterRegistry> registry;
    private final UnaryOperator<String> decoder;
    private final BiPredicate<String, Forum> mentions;

    private ExporterContract(String id, Supplier<ExporterRegistry> registry, UnaryOperator<String> decoder,
            BiPredicate<String, Forum> mentions) {
        this.id = id;
        this.registry = registry;
        this.decoder = decoder;
        this.mentions = mentions;
    }

    /**
     * The contract of the exporter with an id, found through {@link ExporterRegistry#load()}.
     *
     * @param id the exporter's id, for example {@code "csv"}
     * @return the checker
     */
    public static ExporterContract forId(String id) {
        Objects.requireNonNull(id, "id");
        return new ExporterContract(id, Registry::get, UnaryOperator.identity(),
                ExporterContract::mentionsByDefault);
    }

    /**
     * This checker, finding the exporter in another registry (for example one loaded from a plugin folder).
     *
     * @param value the registry
     * @return a new checker
     */
    public ExporterContract withRegistry(ExporterRegistry value) {
        Objects.requireNonNull(value, "registry");
        return new ExporterContract(id, () -> value, decoder, mentions);
    }

    /**
     * How to turn the exporter's output into the plain text it carries, for the Unicode and forum checks:
     * HTML authors unescape entities (or take the document's text), JSON authors parse and join the string
     * values, CSV authors join the cells. The default is the output as it is.
     *
     * @param value output (decoded from UTF-8) to plain text
     * @return a new checker
     */
    public ExporterContract decodeTextWith(UnaryOperator<String> value) {
        return new ExporterContract(id, registry, Objects.requireNonNull(value, "decoder"), mentions);
    }

    /**
     * How to tell that the main output includes a forum. The default, {@link #mentionsByDefault}, accepts the
     * forum's id or its name (with white space runs compared as one space, for exporters that wrap lines).
     *
     * @param value (decoded text, forum) to whether the text includes the forum
     * @return a new checker
     */
    public ExporterContract mentionsWith(BiPredicate<String, Forum> value) {
        return new ExporterContract(id, registry, decoder, Objects.requireNonNull(value, "mentions"));
    }

    /** @return the id of the exporter under test */
    public String id() {
        return id;
    }

    /**
     * The default forum check: the decoded text contains the forum's id, or its name with every run of white
     * space (line breaks, tabs, no-break spaces) compared as one space.
     *
     * @param text the decoded output
     * @param forum a forum of the plan
     * @return whether the text includes the forum
     */
    public static boolean mentionsByDefault(String text, Forum forum) {
        if (text.contains(forum.id()) || text.contains(forum.name())) {
            return true;
        }
        String name = normalizeSpace(forum.name());
        return !name.isEmpty() && normalizeSpace(text).contains(name);
    }

    /**
     * Collapses every run of white space (as {@link Character#isWhitespace} or {@link Character#isSpaceChar})
     * into one space and strips the ends.
     *
     * @param s a text
     * @return the text with normalised spaces
     */
    public static String normalizeSpace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------ the exporter

    /**
     * The exporter under test, found by id through the registry.
     *
     * @return the exporter
     * @throws AssertionError if no exporter has the id, with the registry's message (the ids available) and
     *         every loading problem
     */
    public PlanExporter exporter() {
        ExporterRegistry r = registry.get();
        try {
            return r.require(id);
        } catch (UnknownExporterException e) {
            StringBuilder sb = new StringBuilder("The exporter '" + id + "' is not found through ServiceLoader: "
                    + e.message(Language.EN));
            for (ExporterProblem p : r.problems()) {
                sb.append("\n  ").append(p.format(Language.EN));
            }
            sb.append("\nRegister it in META-INF/services/").append(PlanExporter.class.getName())
                    .append(" and with 'provides ").append(PlanExporter.class.getName())
                    .append(" with ...' in module-info.java.");
            throw new AssertionError(sb.toString(), e);
        }
    }

    /**
     * Every combination of language and declared output.
     *
     * @return the options to check, Danish first, the main output first
     */
    public List<ExportOptions> optionsToCheck() {
        List<ExportOptions> all = new ArrayList<>();
        for (Language language : Language.values()) {
            for (ExportOutput output : exporter().outputs()) {
                all.add(ExportOptions.builder().language(language).output(output.id()).build());
            }
        }
        return all;
    }

    /**
     * Exports through the byte stream method, into a stream that refuses to be closed.
     *
     * @param plan the plan
     * @param options the options
     * @return the bytes written
     * @throws AssertionError if the exporter throws or closes the stream, naming the plan and options
     */
    public byte[] export(CooperationPlan plan, ExportOptions options) {
        GuardedOutputStream out = new GuardedOutputStream();
        try {
            exporter().export(plan, options, out);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (out.closed) {
                fail(closedMessage("stream", options));
            }
            fail("The exporter '" + id + "' threw " + e + " exporting " + describe(plan) + " with " + describe(options)
                    + "; a valid plan must never make an exporter fail", e);
        }
        if (out.closed) {
            fail(closedMessage("stream", options));
        }
        return out.toByteArray();
    }

    /**
     * Exports through the {@link Appendable} method into a string, with no checking: for an exporter's own
     * tests, which look at the text. Unlike {@link #export(CooperationPlan, ExportOptions)} it lets the
     * exporter's exceptions through as they are (an {@link IOException} as an {@link UncheckedIOException}),
     * so a test can expect a refusal of bad options.
     *
     * @param plan the plan
     * @param options the options
     * @return the text written
     */
    public String exportToString(CooperationPlan plan, ExportOptions options) {
        StringBuilder out = new StringBuilder();
        try {
            exporter().export(plan, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Exports and decodes the output as UTF-8, strictly (without the {@link #decodeTextWith decoder}).
     *
     * @param plan the plan
     * @param options the options
     * @return the output as it was written
     * @throws AssertionError if the export fails or the output is not valid UTF-8
     */
    public String exportUtf8(CooperationPlan plan, ExportOptions options) {
        return strictUtf8(export(plan, options), options);
    }

    /**
     * Exports, decodes the output as UTF-8 (strictly) and then applies the {@link #decodeTextWith decoder}:
     * do not decode the result again.
     *
     * @param plan the plan
     * @param options the options
     * @return the plain text the output carries
     */
    public String exportText(CooperationPlan plan, ExportOptions options) {
        return decoder.apply(strictUtf8(export(plan, options), options));
    }

    // ------------------------------------------------------------------------------------------------ checks

    /**
     * Found by id through {@link java.util.ServiceLoader}, no loading problem names it, and its jar or class
     * folder registers it for both the class path (services file) and, if it is a module, the module path
     * ({@code provides}).
     *
     * @return this checker
     */
    public ExporterContract checkRegistered() {
        PlanExporter exporter = exporter();
        String className = exporter.getClass().getName();
        for (ExporterProblem p : registry.get().problems()) {
            if (p.exporterId().filter(id::equals).isPresent() || p.providerClasses().contains(className)) {
                fail("Loading the exporters reported a problem with '" + id + "': " + p.format(Language.EN));
            }
        }
        Optional<Path> location = locationOf(exporter.getClass());
        if (location.isEmpty()) {
            return this; // loaded from somewhere we cannot read: the ServiceLoader lookup proved enough
        }
        Optional<String> services = read(location.get(), SERVICE);
        if (services.isEmpty() || services.get().lines().map(l -> l.replaceAll("#.*", "").strip())
                .noneMatch(className::equals)) {
            fail("The exporter '" + id + "' (" + className + ") is not listed in " + SERVICE + " of "
                    + location.get() + "; without it the exporter is not found on the class path");
        }
        Optional<byte[]> moduleInfo = readBytes(location.get(), "module-info.class");
        if (moduleInfo.isPresent()) {
            ModuleDescriptor descriptor = ModuleDescriptor.read(ByteBuffer.wrap(moduleInfo.get()));
            boolean provides = descriptor.provides().stream().anyMatch(p ->
                    p.service().equals(PlanExporter.class.getName()) && p.providers().contains(className));
            if (!provides) {
                fail("The module " + descriptor.name() + " (" + location.get() + ") does not declare 'provides "
                        + PlanExporter.class.getName() + " with " + className + "'; a named module ignores "
                        + "META-INF/services, so on the module path the exporter '" + id + "' is not found");
            }
        }
        return this;
    }

    /**
     * The metadata is sane: id, display name, media type, file extension, version and outputs.
     *
     * @return this checker
     */
    public ExporterContract checkMetadata() {
        PlanExporter e = exporter();
        if (!ID.matcher(e.id()).matches()) {
            fail("id() '" + e.id() + "' is not lowercase letters and digits with single hyphens between");
        }
        if (BUILT_IN_IDS.contains(e.id()) && !e.getClass().getName().startsWith("dk.samarbejdsplan.export." + e.id()
                + ".")) {
            fail("id() '" + e.id() + "' of " + e.getClass().getName() + " is the id of a built-in exporter ("
                    + String.join(", ", BUILT_IN_IDS) + "): next to the built-in exporters this plugin would be "
                    + "left out (EXP-003), so users would never see it. Choose another id, for example '" + e.id()
                    + "-" + e.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]",
                            "") + "'");
        }
        if (e.displayName() == null || e.displayName().isBlank()) {
            fail("displayName() of '" + id + "' is blank");
        }
        for (Language language : Language.values()) {
            String name = e.displayName(language);
            if (name == null || name.isBlank()) {
                fail("displayName(" + language + ") of '" + id + "' is " + (name == null ? "null" : "blank")
                        + "; it is the label of the format in a " + language.tag() + " publication");
            }
        }
        if (e instanceof AbstractPlanExporter withTexts) {
            checkTexts(withTexts);
        }
        checkParameters(e);
        if (e.mediaType() == null || !MEDIA_TYPE.matcher(e.mediaType()).matches()) {
            fail("mediaType() of '" + id + "' is '" + e.mediaType() + "': it must be type/subtype, lowercase, "
                    + "without parameters, for example text/csv");
        }
        if (e.fileExtension() == null || e.fileExtension().startsWith(".")
                || !EXTENSION.matcher(e.fileExtension()).matches()) {
            fail("fileExtension() of '" + id + "' is '" + e.fileExtension() + "': it must be lowercase, without "
                    + "the leading dot, for example csv");
        }
        if (e.version() == null || e.version().isBlank()) {
            fail("version() of '" + id + "' is blank; return \"unknown\" when it is not known");
        }
        List<ExportOutput> outputs = e.outputs();
        if (outputs == null || outputs.isEmpty()) {
            fail("outputs() of '" + id + "' is empty; it must list at least ExportOutput.MAIN");
        }
        if (!outputs.get(0).id().equals(ExportOutput.MAIN.id())) {
            fail("the first of outputs() of '" + id + "' is '" + outputs.get(0).id() + "', not 'main'");
        }
        Set<String> ids = new HashSet<>();
        Set<String> suffixes = new HashSet<>();
        for (ExportOutput o : outputs) {
            if (!ID.matcher(o.id()).matches()) {
                fail("the output id '" + o.id() + "' of '" + id + "' is not lowercase letters, digits and hyphens");
            }
            if (!ids.add(o.id())) {
                fail("the output id '" + o.id() + "' of '" + id + "' is declared twice");
            }
            if (!suffixes.add(o.fileSuffix())) {
                fail("the file suffix '" + o.fileSuffix() + "' of '" + id + "' is used by two outputs, so their "
                        + "files would overwrite each other");
            }
            if (o.fileSuffix().contains("/") || o.fileSuffix().contains("\\") || o.fileSuffix().contains(".")) {
                fail("the file suffix '" + o.fileSuffix() + "' of '" + id + "' must not contain / \\ or .");
            }
        }
        return this;
    }

    private void checkParameters(PlanExporter e) {
        List<ExporterParameter> parameters = e.parameters();
        if (parameters == null) {
            fail("parameters() of '" + id + "' is null; return List.of() when there are none");
        }
        Set<String> keys = new HashSet<>();
        for (ExporterParameter p : parameters) {
            if (p == null) {
                fail("parameters() of '" + id + "' contains null");
            }
            if (!p.key().startsWith(id + ".") || p.key().length() == id.length() + 1
                    || p.key().chars().anyMatch(Character::isWhitespace)) {
                fail("the parameter key '" + p.key() + "' of '" + id + "' must start with '" + id + ".' followed by "
                        + "a name without spaces, for example '" + id + ".style', so keys of different exporters "
                        + "never clash");
            }
            if (!keys.add(p.key())) {
                fail("the parameter key '" + p.key() + "' of '" + id + "' is declared twice");
            }
            if (p.description().isBlank()) {
                fail("the parameter '" + p.key() + "' of '" + id + "' has a blank description");
            }
            if (p.allowedValues().stream().anyMatch(String::isEmpty)
                    || new HashSet<>(p.allowedValues()).size() != p.allowedValues().size()) {
                fail("the allowed values " + p.allowedValues() + " of the parameter '" + p.key() + "' of '" + id
                        + "' must be non-empty and different");
            }
        }
    }


    /** Its own texts (the bundles of an {@link AbstractPlanExporter}): the same keys in Danish and English, none blank. */
    private void checkTexts(AbstractPlanExporter e) {
        Set<String> danish = new TreeSet<>(e.texts(Language.DA).keys());
        Set<String> english = new TreeSet<>(e.texts(Language.EN).keys());
        if (!danish.equals(english)) {
            Set<String> onlyDanish = new TreeSet<>(danish);
            onlyDanish.removeAll(english);
            Set<String> onlyEnglish = new TreeSet<>(english);
            onlyEnglish.removeAll(danish);
            fail("the Danish and English texts of '" + id + "' do not have the same keys (only in Danish: "
                    + onlyDanish + ", only in English: " + onlyEnglish + "); a reader of either language needs them all");
        }
        for (Language language : Language.values()) {
            for (String key : danish) {
                if (e.texts(language).text(key).isBlank()) {
                    fail("the text '" + key + "' of '" + id + "' is blank in " + language);
                }
            }
        }
    }
    /**
     * The failure contract of {@link PlanExporter}: through {@link ExporterRegistry#export(PlanExporter,
     * CooperationPlan, ExportOptions, OutputStream)} an output the exporter does not have is refused with
     * {@code EXP-008} before the exporter is called (nothing is written), which is why an exporter never checks
     * it again; and an {@link IOException} of the sink, byte stream or {@link Appendable}, reaches the caller as
     * an {@code IOException} (the sink's, or one caused by it), neither swallowed nor wrapped in an unchecked
     * exception.
     *
     * @param plan a plan with at least one forum
     * @return this checker
     */
    public ExporterContract checkFailureContract(CooperationPlan plan) {
        PlanExporter e = exporter();
        ByteArrayOutputStream nothing = new ByteArrayOutputStream();
        ExportOptions unknown = ExportOptions.builder().output("no-such-output-of-the-contract").build();
        try {
            ExporterRegistry.export(e, plan, unknown, nothing);
            fail("The registry exported '" + id + "' with the output '" + unknown.output() + "' that it does not "
                    + "have; it must refuse it with EXP-008");
        } catch (ExportException refused) {
            if (!refused.code().equals(Optional.of("EXP-008")) || nothing.size() > 0) {
                fail("Exporting '" + id + "' with an output it does not have gave " + refused.message(Language.EN)
                        + " after writing " + nothing.size() + " bytes; expected EXP-008 with nothing written",
                        refused);
            }
        }
        for (ExportOptions options : optionsToCheck()) {
            IOException sinkFailure = new IOException("the contract's sink is full");
            OutputStream failingStream = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw sinkFailure;
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    throw sinkFailure;
                }
            };
            expectSinkFailure(sinkFailure, "stream", options, () -> e.export(plan, options, failingStream));
            Appendable failingAppendable = new Appendable() {
                @Override
                public Appendable append(CharSequence text) throws IOException {
                    throw sinkFailure;
                }

                @Override
                public Appendable append(CharSequence text, int start, int end) throws IOException {
                    throw sinkFailure;
                }

                @Override
                public Appendable append(char c) throws IOException {
                    throw sinkFailure;
                }
            };
            expectSinkFailure(sinkFailure, "Appendable", options, () -> e.export(plan, options, failingAppendable));
        }
        return this;
    }

    /** An export into a sink that always throws. */
    private interface SinkExport {
        void run() throws IOException;
    }

    private void expectSinkFailure(IOException sinkFailure, String sink, ExportOptions options, SinkExport export) {
        try {
            export.run();
        } catch (IOException thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t == sinkFailure) {
                    return;
                }
            }
            fail("The exporter '" + id + "' threw " + thrown + " when its " + sink + " failed with " + describe(options)
                    + "; the IOException of the sink must be passed on (or be the cause of the one thrown)", thrown);
        } catch (RuntimeException | Error thrown) {
            fail("The exporter '" + id + "' threw " + thrown + " when its " + sink + " failed with " + describe(options)
                    + "; an IOException of the sink must reach the caller as an IOException, not wrapped in an "
                    + "unchecked exception", thrown);
        }
        fail("The exporter '" + id + "' returned normally although its " + sink + " failed with " + describe(options)
                + "; it must pass the sink's IOException on, not swallow it");
    }

    /**
     * Exports the plan in Danish and English for every declared output without throwing; for a plan with
     * forums the main output is not empty.
     *
     * @param plan the plan
     * @return this checker
     */
    public ExporterContract checkExports(CooperationPlan plan) {
        for (ExportOptions options : optionsToCheck()) {
            byte[] bytes = export(plan, options);
            if (options.output().equals(ExportOutput.MAIN.id()) && plan.forums().findAny().isPresent()
                    && bytes.length == 0) {
                fail("The exporter '" + id + "' wrote nothing for " + describe(plan) + " with " + describe(options));
            }
        }
        return this;
    }

    /**
     * Every output in both languages is valid UTF-8.
     *
     * @param plan the plan
     * @return this checker
     */
    public ExporterContract checkValidUtf8(CooperationPlan plan) {
        for (ExportOptions options : optionsToCheck()) {
            strictUtf8(export(plan, options), options);
        }
        return this;
    }

    /**
     * Two exports of the same plan with the same options give identical bytes, for every output and language.
     *
     * @param plan the plan
     * @return this checker
     */
    public ExporterContract checkDeterministic(CooperationPlan plan) {
        for (ExportOptions options : optionsToCheck()) {
            byte[] first = export(plan, options);
            byte[] second = export(plan, options);
            if (!Arrays.equals(first, second)) {
                int at = Arrays.mismatch(first, second);
                fail("The exporter '" + id + "' is not deterministic: two exports of " + describe(plan) + " with "
                        + describe(options) + " differ from byte " + at + ":\n  first:  " + excerpt(first, at)
                        + "\n  second: " + excerpt(second, at));
            }
        }
        return this;
    }

    /**
     * Neither the byte stream nor a {@link Writer} given as the {@link Appendable} is closed by the exporter,
     * in either language, for every output.
     *
     * @param plan the plan
     * @return this checker
     */
    public ExporterContract checkDoesNotCloseStream(CooperationPlan plan) {
        for (ExportOptions options : optionsToCheck()) {
            export(plan, options); // the guarded stream fails when closed
            GuardedWriter writer = new GuardedWriter();
            try {
                exporter().export(plan, options, (Appendable) writer);
            } catch (IOException | RuntimeException e) {
                if (writer.closed) {
                    fail(closedMessage("Writer (passed as Appendable)", options));
                }
                fail("The exporter '" + id + "' threw " + e + " exporting to an Appendable with "
                        + describe(options), e);
            }
            if (writer.closed) {
                fail(closedMessage("Writer (passed as Appendable)", options));
            }
        }
        return this;
    }

    /**
     * The main output names every forum of the plan, in both languages (see {@link #mentionsWith}).
     *
     * @param plan the plan
     * @return this checker
     */
    public ExporterContract checkEveryForum(CooperationPlan plan) {
        for (Language language : Language.values()) {
            ExportOptions options = ExportOptions.builder().language(language).build();
            String text = exportText(plan, options);
            List<String> missing = plan.forums().filter(f -> !mentions.test(text, f))
                    .map(f -> f.id() + " (" + abbreviate(f.name()) + ")").toList();
            if (!missing.isEmpty()) {
                fail("The main output of '" + id + "' for " + describe(plan) + " with " + describe(options)
                        + " does not include " + missing.size() + " of " + plan.forums().count() + " forums: "
                        + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                        + (missing.size() > 5 ? ", ..." : "")
                        + ". If the format escapes text, override decodeText(); if it shows forums differently, "
                        + "override mentions()");
            }
        }
        return this;
    }

    /**
     * Danish letters and any Unicode survive: every {@link SamplePlans#UNICODE_PROBES probe word} of
     * {@link SamplePlans#unicodeProbe()} appears in the decoded main output, in both languages; so do the
     * Danish letters of the 2007 plan's forum names.
     *
     * @return this checker
     */
    public ExporterContract checkUnicodeKept() {
        CooperationPlan probe = SamplePlans.unicodeProbe();
        for (Language language : Language.values()) {
            ExportOptions options = ExportOptions.builder().language(language).build();
            String text = exportText(probe, options);
            List<String> lost = SamplePlans.UNICODE_PROBES.stream().filter(p -> !text.contains(p)).toList();
            if (!lost.isEmpty()) {
                fail("The main output of '" + id + "' with " + describe(options) + " lost or changed "
                        + lost.size() + " of " + SamplePlans.UNICODE_PROBES.size() + " Unicode probe words: "
                        + lost.stream().map(ExporterContract::codePoints).toList()
                        + ". Keep every character; if the format escapes text, override decodeText() to undo it");
            }
            String text2007 = normalizeSpace(exportText(SamplePlans.plan2007(), options));
            for (Forum f : (Iterable<Forum>) SamplePlans.plan2007().forums()::iterator) {
                for (String word : normalizeSpace(f.name()).split(" ")) {
                    if (word.matches(".*[æøåÆØÅ].*") && !text2007.contains(word)) {
                        fail("The main output of '" + id + "' for the 2007 plan with " + describe(options)
                                + " does not contain the word '" + word + "' of the forum '" + f.name() + "'");
                    }
                }
            }
        }
        return this;
    }

    /**
     * The exporter is found on the module path too. Tests run on the class path, where {@code module-info} is
     * ignored; this check reads the exporter's module as the module path would. If the exporter's class folder
     * or jar is a named module (has a {@code module-info.class}), a module layer is built of that module and
     * the modules it requires, transitively (their jars taken from the test class path, the JDK's from the boot
     * layer), and {@link java.util.ServiceLoader} in that layer must find, among that module's providers, an
     * exporter whose {@code id()} is this id, and the same exporters (by id) as the class path finds in that
     * folder or jar (its services file); and the module must not export a package with an
     * {@code internal} segment to every module (qualified exports, {@code exports ... to ...}, are fine). For
     * an exporter that is not a named module there is nothing to check (it passes).
     *
     * @return this checker
     * @throws AssertionError if the module cannot be resolved or loaded, does not provide the exporter, gives
     *         other exporters than the class path, or exports an internal package
     */
    public ExporterContract checkFoundOnModulePath() {
        PlanExporter exporter = exporter();
        Optional<ModuleReference> module = ModulePathCheck.moduleOf(exporter.getClass());
        if (module.isPresent()) {
            ModulePathCheck.checkNoInternalExported(id, module.get().descriptor());
            Optional<Path> location = locationOf(exporter.getClass());
            List<String> classPathIds = registry.get().all().stream()
                    .filter(e -> locationOf(e.getClass()).equals(location)).map(PlanExporter::id).toList();
            ModulePathCheck.checkFoundInLayer(id, module.get(), classPathIds);
        }
        return this;
    }

    /**
     * The exporter's module exports exactly these packages to every module (qualified exports,
     * {@code exports ... to ...}, aside): pins the module's API, for example to only the options package.
     *
     * @param packages the packages, for example {@code "dk.samarbejdsplan.export.csv"}
     * @return this checker
     * @throws AssertionError if the exporter is not a named module, or exports other packages
     */
    public ExporterContract checkModuleExports(String... packages) {
        PlanExporter exporter = exporter();
        ModuleDescriptor module = ModulePathCheck.moduleOf(exporter.getClass()).map(ModuleReference::descriptor)
                .orElseThrow(() -> new AssertionError("The exporter '"
                + id + "' (" + exporter.getClass().getName() + ") is not in a named module: its class folder or "
                + "jar has no module-info.class"));
        Set<String> expected = new TreeSet<>(Arrays.asList(packages));
        Set<String> actual = ModulePathCheck.unqualifiedExports(module);
        if (!expected.equals(actual)) {
            fail("The module " + module.name() + " of the exporter '" + id + "' exports " + actual
                    + " to every module, expected " + expected);
        }
        return this;
    }

    /**
     * Concurrent exports of different plans (the 2007 plan, the Unicode probe and two synthetic plans, in both
     * languages) from four threads give the same bytes as exports one at a time.
     *
     * @return this checker
     */
    public ExporterContract checkThreadSafe() {
        return checkThreadSafe(List.of(SamplePlans.plan2007(), SamplePlans.unicodeProbe(),
                SyntheticPlans.ofSize(60, 1), SyntheticPlans.ofSize(7, 2)));
    }

    /**
     * Concurrent exports of the given plans (each in both languages, the main output) from four threads, three
     * rounds each, all starting together, give the same bytes as exports one at a time: for a plan of your own
     * that is hard for your exporter, for example {@link HandBuiltPlans#hostile()}.
     *
     * @param plans the plans, at least one
     * @return this checker
     */
    public ExporterContract checkThreadSafe(List<CooperationPlan> plans) {
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("checkThreadSafe needs at least one plan");
        }
        List<ExportOptions> options = List.of(ExportOptions.defaults(),
                ExportOptions.builder().language(Language.EN).build());
        List<byte[]> expected = new ArrayList<>();
        List<Runnable> tasks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (CooperationPlan plan : plans) {
            for (ExportOptions o : options) {
                expected.add(export(plan, o));
                names.add(describe(plan) + " with " + describe(o));
            }
        }
        int threads = 4;
        int rounds = 3;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<byte[]>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int shift = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<byte[]> got = new ArrayList<>();
                    for (int r = 0; r < rounds; r++) {
                        for (int i = 0; i < expected.size(); i++) {
                            int k = (i + shift) % expected.size();
                            got.add(exportRaw(plans.get(k / options.size()), options.get(k % options.size())));
                        }
                    }
                    return got;
                }));
            }
            start.countDown();
            for (int t = 0; t < threads; t++) {
                List<byte[]> got;
                try {
                    got = results.get(t).get(5, TimeUnit.MINUTES);
                } catch (java.util.concurrent.ExecutionException e) {
                    fail("The exporter '" + id + "' threw " + e.getCause() + " when used from several threads at "
                            + "once; exporters must be stateless and thread-safe", e.getCause());
                    return this;
                }
                for (int j = 0; j < got.size(); j++) {
                    int k = (j % expected.size() + t) % expected.size();
                    if (!Arrays.equals(expected.get(k), got.get(j))) {
                        fail("The exporter '" + id + "' is not thread-safe: exporting " + names.get(k)
                                + " while other threads were exporting gave other bytes than exporting it "
                                + "alone; keep no per-export state in fields");
                    }
                }
            }
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            Thread.currentThread().interrupt();
            fail("The exporter '" + id + "' did not finish concurrent exports: " + e, e);
        } finally {
            pool.shutdownNow();
        }
        return this;
    }

    /**
     * The checks that make sense for an arbitrary (generated) plan, as one: it exports in both languages for
     * every output without throwing, as valid UTF-8, deterministically, without closing the stream, and the
     * main output includes every forum.
     *
     * @param plan a valid-shaped plan, for example from {@link PlanArbitraries#plans()}
     * @return this checker
     */
    public ExporterContract checkGenerated(CooperationPlan plan) {
        for (ExportOptions options : optionsToCheck()) {
            byte[] first = export(plan, options);
            String text = strictUtf8(first, options);
            byte[] second = export(plan, options);
            if (!Arrays.equals(first, second)) {
                int at = Arrays.mismatch(first, second);
                fail("The exporter '" + id + "' is not deterministic with " + describe(options) + ": two exports "
                        + "differ from byte " + at + ":\n  first:  " + excerpt(first, at) + "\n  second: "
                        + excerpt(second, at));
            }
            if (options.output().equals(ExportOutput.MAIN.id())) {
                String decoded = decoder.apply(text);
                List<String> missing = plan.forums().filter(f -> !mentions.test(decoded, f)).map(Forum::id)
                        .toList();
                if (!missing.isEmpty()) {
                    fail("The main output of '" + id + "' with " + describe(options) + " does not include the "
                            + "forums " + missing + "; if the format escapes text, override decodeText(); if it "
                            + "shows forums differently, override mentions()");
                }
            }
        }
        return this;
    }

    /**
     * Every rule, on the 2007 plan, the Unicode probe and a few synthetic plans; every failure is reported
     * (not only the first).
     *
     * @throws AssertionError listing every broken rule
     */
    public void checkAll() {
        CooperationPlan plan2007 = SamplePlans.plan2007();
        List<Executable> checks = new ArrayList<>(List.of(
                this::checkRegistered,
                this::checkMetadata,
                () -> checkFailureContract(plan2007),
                () -> checkExports(plan2007),
                () -> checkValidUtf8(plan2007),
                () -> checkDeterministic(plan2007),
                () -> checkDoesNotCloseStream(plan2007),
                () -> checkEveryForum(plan2007),
                this::checkUnicodeKept,
                this::checkFoundOnModulePath,
                this::checkThreadSafe,
                () -> checkGenerated(SamplePlans.unicodeProbe()),
                () -> checkGenerated(SyntheticPlans.ofSize(0, 0)),
                () -> checkGenerated(SyntheticPlans.ofSize(100, 42))));
        org.junit.jupiter.api.Assertions.assertAll("the exporter contract of '" + id + "'", checks);
    }

    // ----------------------------------------------------------------------------------------------- helpers

    /** Exports without any checking, for the thread-safety check (failures surface as exceptions). */
    private byte[] exportRaw(CooperationPlan plan, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter().export(plan, options, out);
        return out.toByteArray();
    }

    private String strictUtf8(byte[] bytes, ExportOptions options) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int at = firstInvalidUtf8(bytes);
            fail("The output of '" + id + "' with " + describe(options) + " is not valid UTF-8 (" + e
                    + ") at byte " + at + ": " + excerpt(bytes, at));
            return "";
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private String closedMessage(String what, ExportOptions options) {
        return "The exporter '" + id + "' closed the caller's " + what + " (export with " + describe(options)
                + "); an exporter must flush but never close the sink it is given";
    }

    private static String describe(CooperationPlan plan) {
        return "the plan '" + abbreviate(plan.title()) + "' (" + plan.year() + ", " + plan.forums().count()
                + " forums)";
    }

    private static String describe(ExportOptions options) {
        return "language " + options.language().tag() + ", output '" + options.output() + "'";
    }

    private static String abbreviate(String s) {
        String oneLine = s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }

    private static String excerpt(byte[] bytes, int at) {
        int from = Math.max(0, at - 20);
        int to = Math.min(bytes.length, at + 20);
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            sb.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format(java.util.Locale.ROOT,
                    "\\x%02X", b));
        }
        return "..." + sb + "...";
    }

    private static String codePoints(String s) {
        StringBuilder sb = new StringBuilder(s).append(" (");
        s.codePoints().forEach(cp -> sb.append(String.format(java.util.Locale.ROOT, "U+%04X ", cp)));
        return sb.toString().strip() + ")";
    }

    /** Where a class was loaded from: its class folder or jar, if it is a file. */
    static Optional<Path> locationOf(Class<?> type) {
        try {
            var source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
                return Optional.empty();
            }
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> read(Path location, String entry) {
        return readBytes(location, entry).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    private static Optional<byte[]> readBytes(Path location, String entry) {
        try {
            if (Files.isDirectory(location)) {
                Path file = location.resolve(entry);
                return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                ZipEntry e = jar.getEntry(entry);
                if (e == null) {
                    return Optional.empty();
                }
                try (InputStream in = jar.getInputStream(e)) {
                    return Optional.of(in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry + " of " + location, e);
        }
    }

    /** The registry of {@link ExporterRegistry#load()}, loaded once per class loader of the kit. */
    private static final class Registry {
        private static volatile ExporterRegistry loaded;

        static ExporterRegistry get() {
            ExporterRegistry r = loaded;
            if (r == null) {
                r = ExporterRegistry.load();
                loaded = r;
            }
            return r;
        }
    }

    /** A byte sink that fails when closed or written after close. */
    private static final class GuardedOutputStream extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private boolean closed;

        @Override
        public void write(int b) throws IOException {
            check();
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check();
            bytes.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            check();
        }

        @Override
        public void close() throws IOException {
            closed = true;
            throw new IOException("the exporter closed the caller's stream");
        }

        private void check() throws IOException {
            if (closed) {
                throw new IOException("write after close");
            }
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }

    /** A character sink that fails when closed or written after close. */
    private static final class GuardedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private boolean closed;

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("write after close");
            }
            text.append(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (closed) {
                throw new IOException("flush after close");
            }
        }

        @Override
        public void close() throws IOException {
            closed = true;
            throw new IOException("the exporter closed the caller's Writer");
        }
    }
}
