package dk.samarbejdsplan.cli;

import dk.samarbejdsplan.cli.internal.Console;
import dk.samarbejdsplan.cli.internal.DiffCommand;
import dk.samarbejdsplan.cli.internal.FormatsCommand;
import dk.samarbejdsplan.cli.internal.NewYearCommand;
import dk.samarbejdsplan.cli.internal.PublishCommand;
import dk.samarbejdsplan.cli.internal.SiteCommand;
import dk.samarbejdsplan.cli.internal.ValidateCommand;
import dk.samarbejdsplan.cli.internal.VersionProvider;
import dk.samarbejdsplan.cli.internal.TerminalText;
import dk.samarbejdsplan.model.Language;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code samarbejdsplan} command: {@code publish}, {@code validate}, {@code formats}, {@code new-year} and
 * {@code diff}. Danish by default, English with {@code --lang en}.
 *
 * <p>Exit codes: 0 success, 1 the plan has errors or an export failed, 2 wrong usage.
 */
@Command(name = "samarbejdsplan",
        resourceBundle = "dk.samarbejdsplan.cli.Messages",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = false)
public final class Main implements Runnable {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: the plan has errors, or an export failed. */
    public static final int FAILED = 1;
    /** Exit code: wrong usage. */
    public static final int USAGE = 2;

    /**
     * The subcommands but {@code help}, in the order of the usage help. They are added in
     * {@link #run(String[], PrintWriter, PrintWriter)} rather than in the annotation: picocli builds the model of
     * every subcommand it is given, by reflection, and a run of one command needs only that one.
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--lang", paramLabel = "da|en", descriptionKey = "option.lang",
            scope = CommandLine.ScopeType.INHERIT)
    private String lang = "da";

    /** Runs with no subcommand: prints the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the tool in this JVM, for tests and for embedding.
     *
     * @param args the command line
     * @param rawOut where results go
     * @param rawErr where messages about problems go
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        // nothing reaches the terminal raw: control characters and bidi overrides from a plan are escaped
        PrintWriter out = TerminalText.wrap(rawOut);
        PrintWriter err = TerminalText.wrap(rawErr);
        Optional<String> badLanguage = unknownLanguage(args);
        Language language = languageOf(args);
        Console console = new Console(language, out, err);
        if (badLanguage.isPresent()) {
            console.error("error.badLanguage", badLanguage.get());
            return USAGE;
        }
        CommandLine commandLine = new CommandLine(new Main(), new CommandFactory(console));
        // a run of one command needs only that command's model; help, usage and errors get all of them
        Class<?> only = SUBCOMMANDS.get(commandOf(args));
        for (Class<?> subcommand : only == null ? SUBCOMMANDS.values() : List.<Class<?>>of(only)) {
            commandLine.addSubcommand(subcommand);
        }
        if (only == null) {
            commandLine.addSubcommand(CommandLine.HelpCommand.class);
        }
        commandLine.setResourceBundle(bundle(language));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setUsageHelpWidth(100);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            err.println(console.text("error.usage", ex.getMessage()));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println(console.text("error.usage.help", ex.getCommandLine().getCommandSpec().qualifiedName()));
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> internalError(console, err, ex));
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(console, err);
        }
    }

    /** A bug of ours, not a user mistake: one line, no stack trace unless asked for. */
    private static int internalError(Console console, PrintWriter err, Exception ex) {
        err.println(console.text("error.internal", ex.getClass().getName(), String.valueOf(ex.getMessage())));
        if (System.getenv("SAMARBEJDSPLAN_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        return FAILED;
    }

    /** A limit of this run, not a fault: picocli passes Errors on, and a stack trace helps nobody. */
    private static int outOfMemory(Console console, PrintWriter err) {
        err.println(console.text("error.outOfMemory", Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        err.flush();
        return FAILED;
    }

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("publish", PublishCommand.class);
        commands.put("validate", ValidateCommand.class);
        commands.put("formats", FormatsCommand.class);
        commands.put("new-year", NewYearCommand.class);
        commands.put("diff", DiffCommand.class);
        commands.put("site", SiteCommand.class);
        return Collections.unmodifiableMap(commands);
    }

    /**
     * The command word of a command line: its first word, after {@code --lang} and its value; {@code ""} if
     * there is none or another option comes first (then every subcommand is registered, as for help).
     */
    static String commandOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang")) {
                i++;
            } else if (args[i].startsWith("--lang=")) {
                continue;
            } else {
                return args[i].startsWith("-") ? "" : args[i];
            }
        }
        return "";
    }

    /** The value of a {@code --lang} that names no language this tool speaks, if there is one. */
    static Optional<String> unknownLanguage(String[] args) {
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            String value = langValue(args, i);
            if (value != null && Language.fromTag(value).isEmpty()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The language named by {@code --lang} (also {@code --lang=en}); Danish when none or an unknown one. */
    static Language languageOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = langValue(args, i);
            if (value != null) {
                return Language.fromTag(value).orElse(Language.DA);
            }
        }
        return Language.DA;
    }

    /** The value {@code --lang} gives at word i of a command line ({@code --lang en} or {@code --lang=en}), or null. */
    private static String langValue(String[] args, int i) {
        if (args[i].equals("--lang") && i + 1 < args.length) {
            return args[i + 1];
        }
        if (args[i].startsWith("--lang=")) {
            return args[i].substring("--lang=".length());
        }
        return null;
    }

    static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle("dk.samarbejdsplan.cli.Messages",
                language == Language.DA ? new Locale("da") : Locale.ROOT, Main.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Gives each command the console. */
    private static final class CommandFactory implements CommandLine.IFactory {
        private final Console console;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        CommandFactory(Console console) {
            this.console = console;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getConstructor(Console.class).newInstance(console);
            } catch (NoSuchMethodException e) {
                return fallback.create(type);
            }
        }
    }
}
