package com.ascendkit.journeys.cli.output;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.JourneyStats;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Scalars;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.api.JourneyResponse;
import java.util.List;
import java.util.Map;

/** {@code journey show}: the definition with transition names inline, the stats, the warnings. */
public final class JourneyText {
    private JourneyText() {}

    /** The first line of every journey command: {@code jrn_abc123 "Onboarding Flow"}. */
    public static String title(Journey journey) {
        return journey.id() + " \"" + journey.name() + "\"";
    }

    /** {@code enrolled 3, active 1, completed 2, failed 0, exited 0}. */
    public static String stats(JourneyStats s) {
        return "enrolled "
                + s.enrolled()
                + ", active "
                + s.active()
                + ", completed "
                + s.completed()
                + ", failed "
                + s.failed()
                + ", exited "
                + s.exited();
    }

    public static String show(JourneyResponse response) {
        Journey j = response.journey();
        StringBuilder sb = new StringBuilder();
        sb.append("Journey ").append(title(j)).append('\n');
        sb.append("  Status:    ")
                .append(j.status().wireName())
                .append(" (version ")
                .append(j.version())
                .append(")\n");
        sb.append("  Entry:     ").append(j.entryEvent());
        if (!j.entryConditions().isEmpty()) {
            sb.append(" where ").append(Scalars.show(j.entryConditions()));
        }
        sb.append(" → ").append(j.entryNode()).append('\n');
        sb.append("  Re-entry:  ").append(j.reEntryPolicy().wireName()).append('\n');
        sb.append("  Stats:     ").append(stats(j.stats())).append("\n\n");
        sb.append("Nodes:\n").append(indent(nodes(j)));
        sb.append("\nTransitions:\n").append(transitions(j.transitions()));
        List<String> warnings = WarningsText.lines(response);
        if (!warnings.isEmpty()) {
            sb.append("\nWarnings:\n");
            warnings.forEach(w -> sb.append("  ").append(w).append('\n'));
        }
        return sb.toString();
    }

    private static String nodes(Journey j) {
        if (j.nodes().isEmpty()) {
            return "(none)\n";
        }
        Table table = Table.withColumns(4);
        for (Map.Entry<String, Node> e : j.nodes().entrySet()) {
            Node node = e.getValue();
            String flags =
                    String.join(
                                    " ",
                                    e.getKey().equals(j.entryNode()) ? "entry" : "",
                                    node.terminal() ? "terminal" : "")
                            .strip();
            table.row(
                    e.getKey(), node.action().typeName(), ActionText.summary(node.action()), flags);
        }
        return table.render();
    }

    private static String transitions(List<Transition> transitions) {
        if (transitions.isEmpty()) {
            return "  (none)\n";
        }
        StringBuilder sb = new StringBuilder();
        transitions.forEach(t -> sb.append("  ").append(TransitionText.inline(t)).append('\n'));
        return sb.toString();
    }

    private static String indent(String block) {
        return block.lines()
                .map(l -> l.isEmpty() ? l : "  " + l)
                .reduce("", (a, l) -> a + l + "\n");
    }
}
