package com.ascendkit.journeys.studio.palette;

import com.ascendkit.journeys.model.ActionType;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the palette and the next-step question add: a node whose action is of one type, or an end
 * step (no action, terminal). Views pass it on as {@link #text()}: the action type's wire name, or
 * {@code end}.
 */
public record StepKind(ActionType action, boolean end) {
    /** The step that ends the journey: no action, terminal. */
    public static final StepKind END = new StepKind(ActionType.NONE, true);

    /** The step kinds offered to add: the action types, in order, and the end step. */
    public static final List<StepKind> ALL =
            Stream.concat(
                            Stream.of(ActionType.values()).map(t -> new StepKind(t, false)),
                            Stream.of(END))
                    .toList();

    /** The kind {@link #text()} names; refuses any other text. */
    public static StepKind parse(String text) {
        return Icons.END.equals(text) ? END : new StepKind(ActionType.parse(text), false);
    }

    /** The text the views carry: the action type's wire name, or {@code end}. */
    public String text() {
        return end ? Icons.END : action.wireName();
    }
}
