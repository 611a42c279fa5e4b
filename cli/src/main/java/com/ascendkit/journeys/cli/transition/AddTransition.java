package com.ascendkit.journeys.cli.transition;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Quiet;
import com.ascendkit.journeys.cli.output.TransitionText;
import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.transitions.AddTransitionRequest;
import com.ascendkit.journeys.model.Transition;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey transition add}: named {@code {from}-to-{to}} unless {@code --name}. */
@Command(
        name = "add",
        description = {
            "Add a transition: --on <event> or --after <delay> (or --trigger <json>).",
            "Its name defaults to {from}-to-{to} (then -2, -3 … when taken)."
        })
public final class AddTransition extends EngineCommand {
    @Parameters(paramLabel = "<journeyId>", description = "The journey (jrn_…).")
    String journeyId;

    @Option(names = "--from", required = true, paramLabel = "<node>", description = "Source.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "<node>", description = "Destination.")
    String to;

    @ArgGroup(exclusive = true, multiplicity = "1")
    TriggerOptions trigger;

    @Option(names = "--name", description = "The transition's name.")
    String name;

    @Mixin Quiet quiet;

    @Override
    protected void execute() {
        AddTransitionRequest request =
                AddTransitionRequest.of(from, to, trigger.toTrigger()).withName(name);
        JourneyResult result = client().transitions().add(journeyId, request);
        List<Transition> all = result.journey().transitions();
        Transition added =
                all.stream()
                        .filter(
                                t ->
                                        name != null
                                                ? t.name().equals(name)
                                                : t.from().equals(from) && t.to().equals(to))
                        .reduce((first, second) -> second)
                        .orElseThrow();
        out().println("Added transition " + TransitionText.inline(added));
        printWarnings(result.response(), quiet.enabled());
    }
}
