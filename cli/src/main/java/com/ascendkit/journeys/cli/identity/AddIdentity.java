package com.ascendkit.journeys.cli.identity;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code identity add <email>}: unverified until verified. */
@Command(
        name = "add",
        description = "Add a sender identity; it is unverified until identity verify.")
public final class AddIdentity extends EngineCommand {
    @Parameters(paramLabel = "<email>", description = "The sender address.")
    String email;

    @Option(names = "--name", description = "The sender's display name.")
    String name;

    @Override
    protected void execute() {
        throw notWired();
    }
}
