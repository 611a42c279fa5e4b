package com.ascendkit.journeys.cli.event;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Converters;
import com.ascendkit.journeys.cli.options.JsonArgs;
import com.ascendkit.journeys.client.events.EventReceipt;
import com.ascendkit.journeys.client.events.SystemEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ascendkit event <userId> <built-in event>}: what the application's sign-up and auth code
 * sends; the engine fires nothing by itself.
 */
@Command(
        name = "event",
        description = {
            "Send a built-in event for a user: user.created, user.login, user.signout,"
                    + " user.waitlisted or user.waitlist_approved.",
            EmailHint.HELP
        })
public final class SendEvent extends EngineCommand {
    @Parameters(index = "0", paramLabel = "<userId>", description = "The user.")
    String userId;

    @Parameters(
            index = "1",
            paramLabel = "<event>",
            converter = BuiltInEventConverter.class,
            completionCandidates = BuiltInEvents.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    String event;

    @Option(
            names = "--properties",
            paramLabel = "<json>",
            converter = Converters.JsonObjectConverter.class,
            description = "The event's properties: '{\"provider\": \"credentials\"}'.")
    JsonArgs.JsonObject properties;

    @Override
    protected void execute() {
        SystemEvent request =
                SystemEvent.of(userId, event)
                        .withProperties(properties == null ? null : properties.values());
        EmailHint hint = EmailHint.before(client(), userId);
        EventReceipt receipt = client().events().system(request);
        out().println("Sent " + receipt.event() + " for user " + receipt.userId());
        hint.after().forEach(err()::println);
    }
}
