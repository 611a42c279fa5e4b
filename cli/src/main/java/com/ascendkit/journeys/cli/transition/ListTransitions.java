package com.ascendkit.journeys.cli.transition;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.JsonOutput;
import com.ascendkit.journeys.cli.output.TransitionText;
import com.ascendkit.journeys.model.Transition;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey transition list [--from] [--to]}. */
@Command(
        name = "list",
        description =
                "List a journey's transitions (\"on user.login -> done\", \"after 2d -> nudge_1\"),"
                        + " optionally by source or destination node.")
public final class ListTransitions extends EngineCommand {
    @Parameters(paramLabel = "<journeyId>", description = "The journey (jrn_…).")
    String journeyId;

    @Option(names = "--from", paramLabel = "<node>", description = "Only transitions from here.")
    String from;

    @Option(names = "--to", paramLabel = "<node>", description = "Only transitions to here.")
    String to;

    @Mixin JsonOutput json;

    @Override
    protected void execute() {
        List<Transition> transitions = client().transitions().list(journeyId, from, to);
        if (json.enabled()) {
            printJson(transitions);
        } else {
            out().print(TransitionText.list(transitions));
        }
    }
}
