package com.ascendkit.journeys.cli.output;

import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.api.JourneyResponse;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's warnings as the CLI prints them. Topology warnings of a draft or paused journey are
 * flagged {@code suppressed} by the engine: they are counted in one line, not printed, since gaps
 * are expected while a journey is being built. Reference warnings (a missing template, an
 * unverified sender …) are always printed: they say a node is saved but not ready.
 */
public final class WarningsText {
    private WarningsText() {}

    /** {@code warning: <message> (<code>)}, one line per warning shown, then the count line. */
    public static List<String> lines(JourneyResponse response) {
        List<String> lines = new ArrayList<>();
        int suppressed = 0;
        for (Warning w : response.warnings()) {
            if (hidden(w)) {
                suppressed++;
            } else {
                lines.add("warning: " + w.message() + " (" + w.code().wireName() + ")");
            }
        }
        if (suppressed > 0) {
            lines.add(suppressedLine(suppressed, response.journey().status()));
        }
        return lines;
    }

    /** True for a topology warning the engine suppressed; reference warnings always show. */
    public static boolean hidden(Warning w) {
        return w.suppressed() && w.code().kind() == WarningCode.Kind.TOPOLOGY;
    }

    private static String suppressedLine(int count, JourneyStatus status) {
        return count
                + (count == 1 ? " topology warning" : " topology warnings")
                + " suppressed while the journey is "
                + status.wireName()
                + " (run journey show after activating to confirm the graph is valid)";
    }
}
