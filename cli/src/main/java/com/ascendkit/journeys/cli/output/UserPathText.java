package com.ascendkit.journeys.cli.output;

import com.ascendkit.journeys.client.people.Step;
import com.ascendkit.journeys.client.people.UserPath;
import com.ascendkit.journeys.client.people.UserPath.Waiting;

/**
 * {@code journey path}: one line per recorded step, oldest first (time, step, what happened), then
 * one {@code Waiting:} line per timer pending on the current step.
 */
public final class UserPathText {
    private UserPathText() {}

    public static String render(UserPath path) {
        StringBuilder sb = new StringBuilder();
        Table steps = Table.withColumns(3);
        for (Step s : path.steps()) {
            steps.row(s.at(), s.node(), s.summary());
        }
        sb.append(steps.render());
        for (Waiting w : path.waiting()) {
            sb.append("Waiting: ")
                    .append(w.transition())
                    .append(" → ")
                    .append(w.to())
                    .append(" at ")
                    .append(w.dueAt())
                    .append('\n');
        }
        return sb.toString();
    }
}
