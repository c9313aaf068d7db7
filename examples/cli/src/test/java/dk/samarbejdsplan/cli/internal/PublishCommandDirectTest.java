package dk.samarbejdsplan.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.cli.Main;
import dk.samarbejdsplan.model.Language;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@link PublishCommand#direct}, the parse of a plain {@code publish} command line without picocli, sets exactly
 * what picocli sets, and leaves everything else to picocli.
 */
class PublishCommandDirectTest {
    private static final PrintWriter NOWHERE = new PrintWriter(OutputStream.nullOutputStream());
    private static final Console CONSOLE = new Console(Language.DA, NOWHERE, NOWHERE);

    /** What picocli sets for the command line, through the same command tree as {@code Main.run}. */
    private static PublishCommand.Options picocli(String... args) {
        CommandLine commandLine = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == PublishCommand.class ? type.cast(new PublishCommand(CONSOLE))
                        : CommandLine.defaultFactory().create(type);
            }
        });
        commandLine.addSubcommand(PublishCommand.class);
        CommandLine.ParseResult result = commandLine.parseArgs(args);
        return ((PublishCommand) result.subcommand().commandSpec().userObject()).options();
    }

    private static Optional<PublishCommand.Options> direct(String... args) {
        return PublishCommand.direct(CONSOLE, args).map(PublishCommand::options);
    }

    @Test
    void takesThePlainCommandLinesAsPicocliDoes() {
        List<String[]> lines = List.of(
                new String[] {"publish", "plan.yaml", "--out", "site"},
                new String[] {"publish", "--out", "site", "plan.yaml"},
                new String[] {"--lang", "en", "publish", "plan.yaml", "--out", "site"},
                new String[] {"publish", "plan.yaml", "--lang", "en", "--out", "my site"},
                new String[] {"publish", "plans/p.json", "--out", "/tmp/x", "--formats", "html,csv",
                    "--timeout", "0030", "--templates", "t", "--plugin-path", "plugins"},
                new String[] {"publish", "plan.yaml", "--out", "site", "--formats", "my-plugin.v2"},
                new String[] {"publish", "plan.yaml", "--out", "site", "--timeout", "0"});
        for (String[] line : lines) {
            Optional<PublishCommand.Options> direct = direct(line);
            assertTrue(direct.isPresent(), () -> "taken directly: " + String.join(" ", line));
            assertEquals(picocli(line), direct.get(), String.join(" ", line));
        }
    }

    @Test
    void leavesEverythingElseToPicocli() {
        List<String[]> lines = List.of(
                new String[] {"publish", "plan.yaml"},
                new String[] {"publish", "--out", "site"},
                new String[] {"publish", "plan.yaml", "--out=site"},
                new String[] {"publish", "plan.yaml", "--out", "site", "--out", "other"},
                new String[] {"publish", "plan.yaml", "other.yaml", "--out", "site"},
                new String[] {"publish", "@args.txt"},
                new String[] {"publish", "plan.yaml", "--out", "-site"},
                new String[] {"publish", "plan.yaml", "--out", "site", "--formats", "html,,csv"},
                new String[] {"publish", "plan.yaml", "--out", "site", "--formats", "html", "--formats", "csv"},
                new String[] {"publish", "plan.yaml", "--out", "site", "--timeout", "1e3"},
                new String[] {"publish", "plan.yaml", "--out", "site", "--timeout", "99999999999"},
                new String[] {"publish", "plan.yaml", "--out", "site", "-h"},
                new String[] {"publish", "plan.yaml", "--out", "site", "--", "x"},
                new String[] {"publish", "'plan.yaml'", "--out", "site"},
                new String[] {"--lang", "en", "--lang", "da", "publish", "plan.yaml", "--out", "site"},
                new String[] {"validate", "plan.yaml"},
                new String[] {"-V", "publish", "plan.yaml", "--out", "site"});
        for (String[] line : lines) {
            assertTrue(direct(line).isEmpty(), () -> "left to picocli: " + String.join(" ", line));
        }
    }

    @Property(tries = 500)
    void whateverItTakesPicocliReadsTheSame(@ForAll("commandLines") List<String> words) {
        String[] line = words.toArray(String[]::new);
        direct(line).ifPresent(direct -> assertEquals(picocli(line), direct, String.join(" ", line)));
    }

    @Provide
    Arbitrary<List<String>> commandLines() {
        Arbitrary<String> word = Arbitraries.of("publish", "plan.yaml", "site", "--out", "--formats", "--timeout",
                "--templates", "--plugin-path", "--lang", "en", "html,csv", "csv", "42", "007", "-x", "--out=site",
                "@file", "a b", "publish", "x,,y", "--");
        return word.list().ofMinSize(1).ofMaxSize(12);
    }
}
