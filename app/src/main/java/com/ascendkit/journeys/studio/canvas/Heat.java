package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.api.JourneyAnalytics;
import java.util.Locale;

/** The analytics overlay's numbers as the canvas shows them. FX thread only. */
final class Heat {
    /** The busiest node's count of the last analytics seen: a draw asks once per node. */
    private static JourneyAnalytics maxOf;

    private static long max;

    private Heat() {}

    private static long max(JourneyAnalytics a) {
        if (a != maxOf) {
            max =
                    a.nodes().values().stream()
                            .mapToLong(JourneyAnalytics.NodeStats::current)
                            .max()
                            .orElse(0);
            maxOf = a;
        }
        return max;
    }

    /** The node's users now as a share (0–1) of the busiest node's; 0 without analytics. */
    static double share(JourneyAnalytics a, String node) {
        if (a == null || a.nodes().get(node) == null) {
            return 0;
        }
        long busiest = max(a);
        return busiest == 0 ? 0 : (double) a.nodes().get(node).current() / busiest;
    }

    /** "42 %" (the share of users who entered the source node that took it), or null. */
    static String conversion(JourneyAnalytics a, String transition) {
        if (a == null) {
            return null;
        }
        JourneyAnalytics.TransitionStats t = a.transitions().get(transition);
        double rate = t == null ? 0 : t.conversionRate();
        return String.format(Locale.ROOT, "%.0f %%", rate * 100);
    }
}
