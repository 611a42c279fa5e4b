package com.ascendkit.journeys.cli.internal;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that only groups others ({@code journey}, {@code journey node} …). */
public abstract class CommandGroup implements Runnable {
    @Spec protected CommandSpec spec;

    /** Run without a subcommand: a usage error that lists the subcommands. */
    @Override
    public final void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
