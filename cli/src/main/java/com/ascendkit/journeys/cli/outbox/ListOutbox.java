package com.ascendkit.journeys.cli.outbox;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.JsonOutput;
import com.ascendkit.journeys.cli.output.Table;
import com.ascendkit.journeys.client.email.OutboxMessage;
import com.ascendkit.journeys.client.email.OutboxPage;
import com.ascendkit.journeys.client.email.OutboxQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code outbox list [--journey] [--user]}. */
@Command(name = "list", description = "List emails, newest first, by journey or user.")
public final class ListOutbox extends EngineCommand {
    @Option(names = "--journey", paramLabel = "<journeyId>", description = "Only this journey's.")
    String journeyId;

    @Option(names = "--user", paramLabel = "<userId>", description = "Only this user's.")
    String userId;

    @Option(
            names = "--limit",
            defaultValue = "100",
            description = "At most this many (default ${DEFAULT-VALUE}, at most 1000).")
    int limit;

    @Mixin JsonOutput json;

    @Override
    protected void execute() {
        if (limit < 1 || limit > 1000) {
            throw usage("--limit must be 1 to 1000, was " + limit);
        }
        OutboxQuery query =
                OutboxQuery.all().withJourneyId(journeyId).withUserId(userId).withLimit(limit);
        OutboxPage page = client().outbox().list(query);
        if (json.enabled()) {
            printJson(page);
            return;
        }
        if (page.items().isEmpty()) {
            out().println("No emails.");
            return;
        }
        Table table =
                Table.withHeader("CREATED", "STATUS", "TO", "SUBJECT", "JOURNEY", "NODE", "USER");
        for (OutboxMessage m : page.items()) {
            table.row(
                    m.createdAt(),
                    m.status(),
                    m.to(),
                    m.subject(),
                    m.journeyId(),
                    m.node(),
                    m.userId());
        }
        out().print(table.render());
        if (page.nextCursor() != null) {
            err().println("(more: showing the first " + page.items().size() + ")");
        }
    }
}
