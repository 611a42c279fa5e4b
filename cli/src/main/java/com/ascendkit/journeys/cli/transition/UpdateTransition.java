package com.ascendkit.journeys.cli.transition;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Quiet;
import com.ascendkit.journeys.cli.output.TransitionText;
import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.transitions.UpdateTransitionRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey transition update}: targets a transition by name; only what is given changes. */
@Command(
        name = "update",
        description = "Update a transition, found by its name: its trigger, its ends or its name.")
public final class UpdateTransition extends EngineCommand {
    @Parameters(index = "0", paramLabel = "<journeyId>", description = "The journey (jrn_…).")
    String journeyId;

    @Parameters(index = "1", paramLabel = "<transition>", description = "The transition's name.")
    String transition;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    TriggerOptions trigger;

    @Option(names = "--from", paramLabel = "<node>", description = "A new source.")
    String from;

    @Option(names = "--to", paramLabel = "<node>", description = "A new destination.")
    String to;

    @Option(names = "--rename", paramLabel = "<name>", description = "A new name.")
    String rename;

    @Mixin Quiet quiet;

    @Override
    protected void execute() {
        UpdateTransitionRequest request =
                UpdateTransitionRequest.empty()
                        .withFrom(from)
                        .withTo(to)
                        .withTrigger(trigger == null ? null : trigger.toTrigger())
                        .withName(rename);
        if (request.equals(UpdateTransitionRequest.empty())) {
            throw usage(
                    "Nothing to update: give --on, --after, --trigger, --from, --to or --rename");
        }
        JourneyResult result = client().transitions().update(journeyId, transition, request);
        String now = rename == null ? transition : rename;
        result.journey().transitions().stream()
                .filter(t -> t.name().equals(now))
                .findFirst()
                .ifPresent(t -> out().println("Updated transition " + TransitionText.inline(t)));
        printWarnings(result.response(), quiet.enabled());
    }
}
