package com.ascendkit.journeys.cli.output;

import com.ascendkit.journeys.model.api.JourneyAnalytics;
import java.util.Locale;
import java.util.Map;

/**
 * {@code journey analytics}: the totals, users per node with their time in it, and each
 * transition's conversion ({@code fired / entered(from)}).
 */
public final class AnalyticsText {
    private AnalyticsText() {}

    public static String render(JourneyAnalytics a) {
        StringBuilder sb = new StringBuilder();
        sb.append("Totals: ").append(JourneyText.stats(a.totals())).append("\n\n");
        Table nodes =
                Table.withHeader("NODE", "CURRENT", "ENTERED", "AVG TIME IN NODE", "MEDIAN TIME");
        for (Map.Entry<String, JourneyAnalytics.NodeStats> e : a.nodes().entrySet()) {
            JourneyAnalytics.NodeStats n = e.getValue();
            boolean seen = n.entered() > 0;
            nodes.row(
                    e.getKey(),
                    n.current(),
                    n.entered(),
                    seen ? Durations.humanize(n.avgSecondsInNode()) : "-",
                    seen ? Durations.humanize(n.medianSecondsInNode()) : "-");
        }
        sb.append(nodes.isEmpty() ? "No nodes.\n" : nodes.render()).append('\n');
        Table transitions = Table.withHeader("TRANSITION", "FIRED", "CONVERSION");
        for (Map.Entry<String, JourneyAnalytics.TransitionStats> e : a.transitions().entrySet()) {
            JourneyAnalytics.TransitionStats t = e.getValue();
            transitions.row(e.getKey(), t.fired(), percent(t.conversionRate()));
        }
        sb.append(transitions.isEmpty() ? "No transitions.\n" : transitions.render());
        return sb.toString();
    }

    /** {@code 0.4} as {@code 40.0%}. */
    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }
}
