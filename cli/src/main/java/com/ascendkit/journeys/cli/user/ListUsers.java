package com.ascendkit.journeys.cli.user;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.internal.Pages;
import com.ascendkit.journeys.cli.options.JsonOutput;
import com.ascendkit.journeys.cli.output.UserListText;
import com.ascendkit.journeys.client.users.UserPage;
import com.ascendkit.journeys.client.users.UserSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code user list [--query] [--limit]}: users by id, page after page up to the limit. */
@Command(name = "list", description = "List users by id: id, email address, name, first seen.")
public final class ListUsers extends EngineCommand {
    @Option(
            names = "--query",
            paramLabel = "<text>",
            description = "Only users whose id or email address starts with this (any case).")
    String query;

    @Option(
            names = "--limit",
            defaultValue = "50",
            paramLabel = "<n>",
            description = "At most this many (default ${DEFAULT-VALUE}).")
    int limit;

    @Mixin JsonOutput json;

    @Override
    protected void execute() {
        if (limit < 1) {
            throw usage("--limit must be 1 or more, was " + limit);
        }
        Pages.Collected<UserSummary> users =
                Pages.upTo(
                        limit,
                        (size, cursor) -> {
                            UserPage page = client().users().list(query, size, cursor);
                            return new Pages.Page<>(page.items(), page.nextCursor());
                        });
        if (json.enabled()) {
            printJson(new UserPage(users.items(), users.nextCursor()));
            return;
        }
        out().print(UserListText.render(users.items()));
        if (users.nextCursor() != null) {
            err().println(users.more());
        }
    }
}
