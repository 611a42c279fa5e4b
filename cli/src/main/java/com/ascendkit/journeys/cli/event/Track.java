package com.ascendkit.journeys.cli.event;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Converters;
import com.ascendkit.journeys.cli.options.JsonArgs;
import com.ascendkit.journeys.client.events.EventReceipt;
import com.ascendkit.journeys.client.events.TrackEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ascendkit track <userId> <event>}: an app event, recorded as {@code app.<event>}. */
@Command(
        name = "track",
        description = {
            "Send an app event for a user, as track() does: completed_onboarding is recorded as"
                    + " app.completed_onboarding.",
            EmailHint.HELP
        })
public final class Track extends EngineCommand {
    @Parameters(index = "0", paramLabel = "<userId>", description = "The user.")
    String userId;

    @Parameters(
            index = "1",
            paramLabel = "<event>",
            converter = Converters.EventNameConverter.class,
            description = "The event (app. is prepended unless already there).")
    String event;

    @Option(
            names = "--properties",
            paramLabel = "<json>",
            converter = Converters.JsonObjectConverter.class,
            description = "The event's properties: '{\"plan\": \"pro\"}'.")
    JsonArgs.JsonObject properties;

    @Override
    protected void execute() {
        TrackEvent request =
                TrackEvent.of(userId, event)
                        .withProperties(properties == null ? null : properties.values());
        EmailHint hint = EmailHint.before(client(), userId);
        EventReceipt receipt = client().events().track(request);
        out().println("Tracked " + receipt.event() + " for user " + receipt.userId());
        hint.after().forEach(err()::println);
    }
}
