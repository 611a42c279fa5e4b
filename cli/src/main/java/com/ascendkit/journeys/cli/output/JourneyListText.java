package com.ascendkit.journeys.cli.output;

import com.ascendkit.journeys.model.api.JourneySummary;
import java.util.List;

/** {@code journey list}: one row per journey with its counts. */
public final class JourneyListText {
    private JourneyListText() {}

    public static String render(List<JourneySummary> journeys) {
        if (journeys.isEmpty()) {
            return "No journeys.\n";
        }
        Table table =
                Table.withHeader(
                        "ID",
                        "NAME",
                        "STATUS",
                        "ENTRY EVENT",
                        "NODES",
                        "TRANSITIONS",
                        "ENROLLED",
                        "ACTIVE",
                        "COMPLETED");
        for (JourneySummary j : journeys) {
            table.row(
                    j.id(),
                    j.name(),
                    j.status().wireName(),
                    j.entryEvent(),
                    j.nodeCount(),
                    j.transitionCount(),
                    j.stats().enrolled(),
                    j.stats().active(),
                    j.stats().completed());
        }
        return table.render();
    }
}
