package com.ascendkit.journeys.cli.output;

import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import java.util.List;

/** Transitions as the product document writes them. */
public final class TransitionText {
    private TransitionText() {}

    /** {@code on user.login -> done}, {@code after 2d -> nudge_1}: the transition list's form. */
    public static String route(Transition t) {
        return t.trigger().describe() + " -> " + t.to();
    }

    /**
     * {@code welcome_email → nudge_1 [timer (2d)] (welcome_email-to-nudge_1)}: the form of journey
     * show, with the name to use in transition update and remove.
     */
    public static String inline(Transition t) {
        return t.from() + " → " + t.to() + " [" + bracket(t.trigger()) + "] (" + t.name() + ")";
    }

    /** {@code timer (2d)}, {@code on user.login}, {@code on app.upgraded_plan {"plan": "pro"}}. */
    public static String bracket(Trigger trigger) {
        return trigger instanceof Trigger.Timer timer
                ? "timer (" + timer.delay() + ")"
                : trigger.describe();
    }

    /** The transition list: source, route and name, one per line. */
    public static String list(List<Transition> transitions) {
        if (transitions.isEmpty()) {
            return "No transitions.\n";
        }
        Table table = Table.withHeader("FROM", "TRANSITION", "NAME");
        for (Transition t : transitions) {
            table.row(t.from(), route(t), t.name());
        }
        return table.render();
    }
}
