package com.ascendkit.journeys.cli.node;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Quiet;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code journey node remove}: removes the node and every transition to or from it. A node that
 * holds users is refused (with the count) unless {@code --move-users-to} or {@code --force}.
 */
@Command(
        name = "remove",
        description = {
            "Remove a node and every transition to or from it.",
            "If users are in the node, say where they go: --move-users-to <node>, or --force to"
                    + " exit them."
        })
public final class RemoveNode extends EngineCommand {
    @Parameters(index = "0", paramLabel = "<journeyId>", description = "The journey (jrn_…).")
    String journeyId;

    @Parameters(index = "1", paramLabel = "<node>", description = "The node's name.")
    String node;

    @ArgGroup(exclusive = true)
    UsersGo usersGo = new UsersGo();

    /** Where the node's users go: another node, or out of the journey. */
    static final class UsersGo {
        @Option(
                names = "--move-users-to",
                paramLabel = "<node>",
                description = "Move the users in the node to this node.")
        String moveUsersTo;

        @Option(names = "--force", description = "Exit the users in the node from the journey.")
        boolean force;
    }

    @Mixin Quiet quiet;

    @Override
    protected void execute() {
        throw notWired();
    }
}
