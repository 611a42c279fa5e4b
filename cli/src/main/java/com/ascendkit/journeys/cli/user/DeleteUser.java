package com.ascendkit.journeys.cli.user;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Confirmation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code user delete <userId> --yes}: erases the user. Asks on a terminal, as {@code journey
 * archive} does; without one it refuses unless {@code --yes}.
 */
@Command(
        name = "delete",
        description = {
            "Delete a user and erase everything about them: profile, journey states, path and"
                    + " steps, pending timers, queued actions and emails. There is no undo.",
            "Asks for confirmation (--yes skips the question; without a terminal it is required)."
        })
public final class DeleteUser extends EngineCommand {
    private static final String ERASED =
            "profile, journey states, path, pending timers, queued actions and emails";

    @Parameters(paramLabel = "<userId>", description = "The user.")
    String userId;

    @Option(
            names = {"-y", "--yes"},
            description = "Delete without asking.")
    boolean yes;

    @Override
    protected void execute() {
        Confirmation.require(
                yes,
                context().terminal(),
                "Delete user " + userId + " and erase everything about them (" + ERASED + ")?",
                "Deleting user " + userId + " (erasing everything about them: " + ERASED + ")");
        client().users().delete(userId);
        out().println("Deleted user " + userId + " (" + ERASED + " erased)");
    }
}
