package com.ascendkit.journeys.cli.identity;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code identity verify <email>}: the operator's confirmation that the sender is real. */
@Command(name = "verify", description = "Mark a sender identity as verified.")
public final class VerifyIdentity extends EngineCommand {
    @Parameters(paramLabel = "<email>", description = "The sender address.")
    String email;

    @Override
    protected void execute() {
        throw notWired();
    }
}
