package com.ascendkit.journeys.cli.node;

import com.ascendkit.journeys.cli.CliRefusal;
import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Quiet;
import com.ascendkit.journeys.cli.output.JourneyText;
import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.exception.ConflictException;
import com.ascendkit.journeys.client.nodes.RemoveNodeOptions;
import com.ascendkit.journeys.model.HeldUsers;
import com.ascendkit.journeys.model.api.NodeSummary;
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
        RemoveNodeOptions users =
                usersGo.force
                        ? RemoveNodeOptions.exitUsers()
                        : usersGo.moveUsersTo != null
                                ? RemoveNodeOptions.moveUsersTo(usersGo.moveUsersTo)
                                : RemoveNodeOptions.none();
        JourneyResult result;
        try {
            result = client().nodes().remove(journeyId, node, users, SMALL);
        } catch (ConflictException e) {
            throw holdsUsers(e);
        }
        out().println(
                        "Removed node "
                                + node
                                + " and its transitions from journey "
                                + JourneyText.title(result.journey())
                                + (usersGo.moveUsersTo != null
                                        ? "; its users moved to " + usersGo.moveUsersTo
                                        : usersGo.force ? "; its users exited the journey" : ""));
        printWarnings(result.response(), quiet.enabled());
    }

    /**
     * A 409 because users are in the node becomes a refusal with their count and the two ways on;
     * any other conflict (an archived journey …) is the engine's own message.
     */
    private RuntimeException holdsUsers(ConflictException e) {
        if (usersGo.force || usersGo.moveUsersTo != null) {
            return e;
        }
        long users =
                client().nodes().list(journeyId).stream()
                        .filter(n -> n.name().equals(node))
                        .mapToLong(NodeSummary::usersHere)
                        .sum();
        if (users == 0) {
            return e;
        }
        return new CliRefusal(
                HeldUsers.inNode(node, users)
                        + ": move them with --move-users-to <node>, or exit them from the journey"
                        + " with --force");
    }
}
