package com.ascendkit.journeys.cli.identity;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.model.api.Identity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code identity verify <email>}: the operator's confirmation that the sender is real. */
@Command(name = "verify", description = "Mark a sender identity as verified.")
public final class VerifyIdentity extends EngineCommand {
    @Parameters(paramLabel = "<email>", description = "The sender address.")
    String email;

    @Override
    protected void execute() {
        Identity identity = client().identities().verify(email);
        out().println("Verified identity " + identity.email());
    }
}
