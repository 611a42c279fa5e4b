package com.ascendkit.journeys.engine.api.people;

import com.ascendkit.journeys.engine.runtime.steps.StepRow;
import com.ascendkit.journeys.engine.runtime.steps.Steps;
import com.ascendkit.journeys.model.Quoted;
import java.util.Map;

/**
 * A step in one line of words, as the CLI and the editor show it. Written when read, not stored, so
 * the wording can change without touching recorded paths.
 */
final class StepWords {
    private StepWords() {}

    static String summary(StepRow r) {
        Map<String, Object> d = r.detail();
        return switch (r.kind()) {
            case Steps.ENTERED -> "Entered at " + r.node() + " on " + r.event() + props(d);
            case Steps.MOVED ->
                    "Moved to "
                            + r.target()
                            + (r.event() != null
                                    ? " on " + r.event() + props(d)
                                    : " after the timer (due " + d.get("dueAt") + ")")
                            + " by "
                            + r.transition();
            case Steps.RELOCATED -> "Moved to " + r.target() + ": " + r.reason();
            case Steps.ACTION -> action(r, d);
            case Steps.HELD -> "Held " + d.get("action") + ": the journey is paused";
            case Steps.EMAIL -> email(r);
            case "completed" -> "Completed at " + r.node();
            case "failed" -> "Failed at " + r.node() + ": " + r.reason();
            case "exited" -> "Exited at " + r.node() + ": " + r.reason();
            default -> r.kind() + " at " + r.node();
        };
    }

    private static String action(StepRow r, Map<String, Object> d) {
        if ("failed".equals(r.outcome())) {
            return "Action " + d.get("action") + " failed: " + r.reason();
        }
        if (d.containsKey("template")) {
            return "Email " + Quoted.of(String.valueOf(d.get("template"))) + " queued";
        }
        if (d.containsKey("tag")) {
            return "Tagged " + Quoted.of(String.valueOf(d.get("tag")));
        }
        if (d.containsKey("stage")) {
            return "Stage set to " + Quoted.of(String.valueOf(d.get("stage")));
        }
        return "Action " + d.get("action") + " done";
    }

    /** The Message-ID is the step's own field: in a line of words it only hides the outcome. */
    private static String email(StepRow r) {
        return switch (r.outcome()) {
            case "sent" -> "Email sent";
            case "delivered_locally" -> "Email kept in the outbox (no SMTP server is set)";
            default -> "Email failed: " + r.reason();
        };
    }

    private static String props(Map<String, Object> d) {
        Object p = d.get("properties");
        return p instanceof Map<?, ?> m && !m.isEmpty() ? " " + m : "";
    }
}
