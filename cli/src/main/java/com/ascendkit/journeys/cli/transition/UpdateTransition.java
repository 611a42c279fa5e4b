package com.ascendkit.journeys.cli.transition;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Quiet;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey transition update}: targets a transition by name; only what is given changes. */
@Command(
        name = "update",
        description = "Update a transition, found by its name: its trigger, its ends or its name.")
public final class UpdateTransition extends EngineCommand {
    @Parameters(index = "0", paramLabel = "<journeyId>", description = "The journey (jrn_…).")
    String journeyId;

    @Parameters(index = "1", paramLabel = "<transition>", description = "The transition's name.")
    String transition;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    TriggerOptions trigger;

    @Option(names = "--from", paramLabel = "<node>", description = "A new source.")
    String from;

    @Option(names = "--to", paramLabel = "<node>", description = "A new destination.")
    String to;

    @Option(names = "--rename", paramLabel = "<name>", description = "A new name.")
    String rename;

    @Mixin Quiet quiet;

    @Override
    protected void execute() {
        throw notWired();
    }
}
