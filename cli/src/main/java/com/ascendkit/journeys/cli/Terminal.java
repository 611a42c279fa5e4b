package com.ascendkit.journeys.cli;

import java.io.Console;

/**
 * The user's terminal, for the questions some commands ask before they act (pausing a journey with
 * active users …). Without a terminal, such commands refuse unless given {@code --yes}.
 */
public interface Terminal {

    /** True when a person can answer a question. */
    boolean interactive();

    /** Asks {@code question}; true only when the answer is yes. */
    boolean confirm(String question);

    /** The process's console, when it has one. */
    static Terminal system() {
        Console console = System.console();
        return console == null ? none() : new SystemTerminal(console);
    }

    /** No terminal: scripts, pipes, CI, tests. */
    static Terminal none() {
        return NoTerminal.INSTANCE;
    }

    /** A terminal that answers every question with {@code answer}, for tests. */
    static Terminal answering(boolean answer) {
        return new Terminal() {
            @Override
            public boolean interactive() {
                return true;
            }

            @Override
            public boolean confirm(String question) {
                return answer;
            }
        };
    }

    /** The no-terminal case. */
    enum NoTerminal implements Terminal {
        INSTANCE;

        @Override
        public boolean interactive() {
            return false;
        }

        @Override
        public boolean confirm(String question) {
            return false;
        }
    }

    /** Questions on {@link System#console()}. */
    record SystemTerminal(Console console) implements Terminal {
        @Override
        public boolean interactive() {
            return true;
        }

        @Override
        public boolean confirm(String question) {
            String answer = console.readLine("%s [y/N] ", question);
            return answer != null
                    && answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y");
        }
    }
}
