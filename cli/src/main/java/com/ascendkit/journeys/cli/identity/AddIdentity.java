package com.ascendkit.journeys.cli.identity;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.model.api.Identity;
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
        Identity identity = client().identities().create(email, name);
        out().println(
                        "Added identity "
                                + identity.email()
                                + (identity.verified()
                                        ? " (verified)"
                                        : " (unverified until: ascendkit identity verify "
                                                + identity.email()
                                                + ")"));
    }
}
