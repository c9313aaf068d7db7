package dk.samarbejdsplan.cli.internal;

import dk.samarbejdsplan.cli.Main;
import dk.samarbejdsplan.publication.AllOrNothing;
import java.util.function.Supplier;

/**
 * A plugin runs in this JVM and may end it ({@code System.exit(0)} in its class initialisation, constructor,
 * {@code id()} or export), or the process may be stopped: while a guard is set, any such exit prints the given
 * message, removes the unfinished staging folder, and ends the process with exit code 1, so that an exit code 0
 * always means the command did its work.
 * (Only {@code Runtime.halt}, which runs no shutdown hook, escapes it.)
 */
final class ExitGuard implements AutoCloseable {
    private final Thread hook;
    private volatile boolean done;

    private ExitGuard(Console console, Supplier<String> message) {
        this.hook = new Thread(() -> {
            if (!done) {
                AllOrNothing.removeUnfinishedStaging();
                console.err().println(message.get());
                console.err().flush();
                Runtime.getRuntime().halt(Main.FAILED);
            }
        }, "samarbejdsplan-exit-guard");
    }

    /**
     * Sets a guard until {@link #close()}.
     *
     * @param console where the message goes
     * @param message the message, made when the process ends
     * @return the guard
     */
    static ExitGuard set(Console console, Supplier<String> message) {
        ExitGuard guard = new ExitGuard(console, message);
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    /** The command is done (successfully or with its own exit code): exits are no longer intercepted. */
    @Override
    public void close() {
        done = true;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already ending; the hook sees done and does nothing
        }
    }
}
