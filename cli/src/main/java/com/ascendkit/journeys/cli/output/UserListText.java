package com.ascendkit.journeys.cli.output;

import com.ascendkit.journeys.client.users.UserSummary;
import java.util.List;

/** {@code user list}: one row per user, by user id. */
public final class UserListText {
    private UserListText() {}

    public static String render(List<UserSummary> users) {
        if (users.isEmpty()) {
            return "No users.\n";
        }
        Table table = Table.withHeader("USER", "EMAIL", "NAME", "CREATED");
        for (UserSummary u : users) {
            table.row(u.userId(), u.email(), u.name(), u.createdAt());
        }
        return table.render();
    }
}
