package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.JsonOutput;
import com.ascendkit.journeys.cli.output.UserPathText;
import com.ascendkit.journeys.client.people.UserPath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code journey path <id> <userId>}: one user's recorded steps, then what they wait for. */
@Command(
        name = "path",
        description = {
            "One user's path through a journey: each recorded step, oldest first (time, step, what"
                    + " happened), then the timers they are waiting on and when they fire."
        })
public final class ShowUserPath extends EngineCommand {
    @Parameters(index = "0", paramLabel = "<journeyId>", description = "The journey (jrn_…).")
    String journeyId;

    @Parameters(index = "1", paramLabel = "<userId>", description = "The user.")
    String userId;

    @Mixin JsonOutput json;

    @Override
    protected void execute() {
        UserPath path = client().people().path(journeyId, userId);
        if (json.enabled()) {
            printJson(path);
        } else {
            out().print(UserPathText.render(path));
        }
    }
}
