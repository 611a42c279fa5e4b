package com.ascendkit.journeys.cli.output;

import com.ascendkit.journeys.client.people.JourneyUser;
import com.ascendkit.journeys.client.people.JourneyUserPage.FailureReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code journey users}: who is where. Optionally a "Failed by reason" block first, then one row
 * per user with their status, step, how long they have been in it and the last thing that happened.
 */
public final class JourneyUsersText {
    private JourneyUsersText() {}

    /**
     * @param users the users, or none: then "No {@code asked}."
     * @param asked the users asked for, in words ({@link #asked})
     * @param reasons the failed users by reason, printed first when not empty
     * @param now the moment "time in step" of an active user is counted to (an ended state counts
     *     to its end)
     */
    public static String render(
            List<JourneyUser> users, String asked, List<FailureReason> reasons, Instant now) {
        StringBuilder sb = new StringBuilder();
        if (!reasons.isEmpty()) {
            sb.append("Failed by reason:\n");
            Table byReason = Table.withHeader("REASON", "USERS");
            reasons.forEach(r -> byReason.row(r.reason(), r.users()));
            sb.append(byReason.render()).append('\n');
        }
        if (users.isEmpty()) {
            return sb.append("No ").append(asked).append(".\n").toString();
        }
        Table table =
                Table.withHeader("USER", "EMAIL", "STATUS", "STEP", "TIME IN STEP", "LAST STEP");
        for (JourneyUser u : users) {
            table.row(
                    u.userId(),
                    u.email(),
                    u.status(),
                    u.node(),
                    timeInStep(u, now),
                    u.lastStep() == null ? null : u.lastStep().summary());
        }
        return sb.append(table.render()).toString();
    }

    /**
     * The users a filter asks for, in words: {@code active users at welcome_email}. The engine's
     * default status is active; {@code any} is every status.
     */
    public static String asked(String status, String node) {
        String which = status == null ? "active " : status.equals("any") ? "" : status + " ";
        return which + "users" + (node == null ? "" : " at " + node);
    }

    /** Since arrival at the step, to now or, for an ended state, to its end; blank if unknown. */
    static String timeInStep(JourneyUser user, Instant now) {
        if (user.enteredAt() == null) {
            return "";
        }
        Instant until = user.endedAt() != null ? user.endedAt() : now;
        return Durations.humanize(Duration.between(user.enteredAt(), until).toSeconds());
    }
}
