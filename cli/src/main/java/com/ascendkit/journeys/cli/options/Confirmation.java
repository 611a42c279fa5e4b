package com.ascendkit.journeys.cli.options;

import com.ascendkit.journeys.cli.CliRefusal;
import com.ascendkit.journeys.cli.Terminal;
import picocli.CommandLine.Option;

/**
 * {@code --yes}, and the question asked instead of it on a terminal. Without a terminal and without
 * {@code --yes} the command refuses (exit 1) and says so.
 */
public final class Confirmation {
    @Option(
            names = {"-y", "--yes"},
            description = "Do not ask for confirmation when the journey has active users.")
    boolean yes;

    public boolean given() {
        return yes;
    }

    /**
     * Returns when the user agreed to {@code question} (or gave {@code --yes}); else throws a
     * refusal that says what was not done and how to do it without a terminal.
     */
    public void require(Terminal terminal, String question, String what) {
        require(yes, terminal, question, what);
    }

    /**
     * The same for a command whose {@code --yes} says something else than this mixin's (its help
     * names journeys): returns when {@code yes} or the user agreed, else throws the refusal.
     */
    public static void require(boolean yes, Terminal terminal, String question, String what) {
        if (yes) {
            return;
        }
        if (!terminal.interactive()) {
            throw new CliRefusal(
                    what + " needs confirmation and there is no terminal to ask: rerun with --yes");
        }
        if (!terminal.confirm(question)) {
            throw new CliRefusal("cancelled: " + what + " was not done");
        }
    }
}
