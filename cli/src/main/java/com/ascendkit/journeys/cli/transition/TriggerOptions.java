package com.ascendkit.journeys.cli.transition;

import com.ascendkit.journeys.cli.options.Converters;
import com.ascendkit.journeys.model.Delay;
import com.ascendkit.journeys.model.Trigger;
import picocli.CommandLine.Option;

/** The three ways to say what fires a transition; picocli lets only one be given. */
public final class TriggerOptions {
    @Option(
            names = "--on",
            paramLabel = "<event>",
            converter = Converters.EventNameConverter.class,
            description = "Fire on this event (user.login, app.completed_onboarding …).")
    String event;

    @Option(
            names = "--after",
            paramLabel = "<delay>",
            converter = Converters.DelayConverter.class,
            description = "Fire after this delay: 30m, 12h, 2d, 1w (a bare number is minutes).")
    Delay delay;

    @Option(
            names = "--trigger",
            paramLabel = "<json>",
            converter = Converters.TriggerConverter.class,
            description =
                    "The trigger as JSON, e.g. with an event filter: '{\"type\": \"event\","
                            + " \"event\": \"app.upgraded_plan\", \"eventFilter\": {\"plan\":"
                            + " \"pro\"}}'.")
    Trigger trigger;

    /** The trigger the one given option describes. */
    public Trigger toTrigger() {
        if (event != null) {
            return Trigger.on(event);
        }
        if (delay != null) {
            return new Trigger.Timer(delay);
        }
        return trigger;
    }
}
