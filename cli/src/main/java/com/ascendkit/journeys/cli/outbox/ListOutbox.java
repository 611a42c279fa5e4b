package com.ascendkit.journeys.cli.outbox;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code outbox list [--journey] [--user]}. */
@Command(name = "list", description = "List emails, newest first, by journey or user.")
public final class ListOutbox extends EngineCommand {
    @Option(names = "--journey", paramLabel = "<journeyId>", description = "Only this journey's.")
    String journeyId;

    @Option(names = "--user", paramLabel = "<userId>", description = "Only this user's.")
    String userId;

    @Option(
            names = "--limit",
            defaultValue = "100",
            description = "At most this many (default ${DEFAULT-VALUE}, at most 1000).")
    int limit;

    @Mixin JsonOutput json;

    @Override
    protected void execute() {
        throw notWired();
    }
}
