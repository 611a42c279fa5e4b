package com.ascendkit.journeys.cli.output;

import com.ascendkit.journeys.client.users.UserProfile;
import com.ascendkit.journeys.client.users.UserProfile.JourneyState;
import com.ascendkit.journeys.client.users.UserProfile.Visit;
import java.util.stream.Collectors;

/** {@code user show}: the profile, tags and stage, then each journey with the path taken. */
public final class UserText {
    private UserText() {}

    public static String render(UserProfile user) {
        StringBuilder sb = new StringBuilder();
        sb.append("User ").append(user.userId()).append('\n');
        sb.append(profile(user));
        if (user.journeys().isEmpty()) {
            sb.append("\nIn no journey.\n");
        }
        for (JourneyState state : user.journeys()) {
            sb.append('\n')
                    .append("Journey ")
                    .append(state.journeyId())
                    .append(": ")
                    .append(state.status());
            if (state.node() != null) {
                sb.append(" at ").append(state.node());
            }
            if (state.enrolledAt() != null) {
                sb.append(" (enrolled ").append(state.enrolledAt()).append(')');
            }
            sb.append('\n');
            Table path = Table.withColumns(4);
            for (Visit v : state.path()) {
                path.row(
                        "  " + v.node(),
                        "entered " + v.entered(),
                        v.left() == null ? "" : "left " + v.left(),
                        v.transition() != null
                                ? "via " + v.transition()
                                : v.reason() == null ? "" : v.reason());
            }
            sb.append(path.render());
        }
        return sb.toString();
    }

    /**
     * The profile's lines, indented, one per field that has a value: email, name, provider, time
     * zone, properties ({@code plan=pro, seats=3}), stage, tags. {@code user set} prints these.
     */
    public static String profile(UserProfile user) {
        StringBuilder sb = new StringBuilder();
        line(sb, "Email", user.email());
        line(sb, "Name", user.name());
        line(sb, "Provider", user.provider());
        line(sb, "Time zone", user.timeZone());
        line(sb, "Properties", user.properties().isEmpty() ? null : properties(user));
        line(sb, "Stage", user.stage());
        line(sb, "Tags", user.tags().isEmpty() ? null : String.join(", ", user.tags()));
        return sb.toString();
    }

    private static String properties(UserProfile user) {
        return user.properties().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static void line(StringBuilder sb, String label, String value) {
        if (value != null) {
            sb.append("  ").append(label).append(": ").append(value).append('\n');
        }
    }
}
