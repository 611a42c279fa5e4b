package com.ascendkit.journeys.cli.user;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.JsonOutput;
import com.ascendkit.journeys.cli.output.UserText;
import com.ascendkit.journeys.client.users.UserProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code user show <id>}: profile, tags, stage, and the path through each journey. */
@Command(
        name = "show",
        description = "Show a user: profile, tags, stage, and their path through each journey.")
public final class ShowUser extends EngineCommand {
    @Parameters(paramLabel = "<userId>", description = "The user.")
    String userId;

    @Mixin JsonOutput json;

    @Override
    protected void execute() {
        UserProfile user = client().users().get(userId);
        if (json.enabled()) {
            printJson(user);
        } else {
            out().print(UserText.render(user));
        }
    }
}
