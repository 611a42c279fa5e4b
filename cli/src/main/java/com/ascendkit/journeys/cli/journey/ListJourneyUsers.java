package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.internal.Pages;
import com.ascendkit.journeys.cli.options.JsonOutput;
import com.ascendkit.journeys.cli.output.JourneyUsersText;
import com.ascendkit.journeys.client.people.JourneyUser;
import com.ascendkit.journeys.client.people.JourneyUserPage;
import com.ascendkit.journeys.client.people.JourneyUserPage.FailureReason;
import com.ascendkit.journeys.client.people.JourneyUserQuery;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey users <id> [--node] [--failed] [--status] [--limit]}: who is where. */
@Command(
        name = "users",
        description = {
            "Who is in a journey: each user's status, step, time in that step and the last thing"
                    + " that happened to them, newest arrival first. Active users unless --status"
                    + " or --failed says otherwise.",
            "With --failed, the failed users are first counted by reason."
        })
public final class ListJourneyUsers extends EngineCommand {
    @Parameters(paramLabel = "<journeyId>", description = "The journey (jrn_…).")
    String journeyId;

    @Option(
            names = "--node",
            paramLabel = "<name>",
            description = "Only users at this step (or whose state ended there).")
    String node;

    @Option(names = "--failed", description = "Only failed users, counted by reason first.")
    boolean failed;

    @Option(
            names = "--status",
            paramLabel = "<status>",
            description =
                    "Only users with this status: active (the default), completed, failed,"
                            + " exited, or any for all.")
    String status;

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
        List<FailureReason> reasons = new ArrayList<>();
        Pages.Collected<JourneyUser> users =
                Pages.upTo(
                        limit,
                        (size, cursor) -> {
                            JourneyUserPage page =
                                    client().people()
                                            .list(
                                                    journeyId,
                                                    new JourneyUserQuery(
                                                            node, status, failed, size, cursor));
                            if (reasons.isEmpty()) {
                                reasons.addAll(page.reasons()); // every page has the whole count
                            }
                            return new Pages.Page<>(page.items(), page.nextCursor());
                        });
        if (json.enabled()) {
            printJson(new JourneyUserPage(users.items(), users.nextCursor(), reasons));
            return;
        }
        String asked = failed ? "failed" : status;
        out().print(
                        JourneyUsersText.render(
                                users.items(),
                                JourneyUsersText.asked(asked, node),
                                "failed".equals(asked) ? reasons : List.of(),
                                context().clock().instant()));
        if (users.nextCursor() != null) {
            err().println(users.more());
        }
    }
}
