package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.studio.palette.StepKind;
import com.ascendkit.journeys.studio.sync.EnvironmentCatalog;
import java.util.function.Function;

/**
 * What a step made on the canvas starts as, by its kind ({@link StepKind#text()}): the palette's
 * and the next-step question's steps get the same action, end flag and name.
 */
final class NewStep {
    private NewStep() {}

    /** A node of {@code kind} with its card's corner at {@code at}. */
    static Node of(String kind, Position at) {
        return new Node(defaultAction(kind), ends(kind), at);
    }

    /** The name the next node of {@code kind} would get in {@code j} (null: no journey open). */
    static String name(Journey j, String kind) {
        return j == null ? baseName(kind) : freeName(j, baseName(kind));
    }

    /** An end step (the palette's and the next-step question's "End") is terminal. */
    private static boolean ends(String kind) {
        return StepKind.parse(kind).end();
    }

    /** The action a new step of {@code kind} starts with. */
    private static Action defaultAction(String kind) {
        return switch (StepKind.parse(kind).action()) {
            // never a real email chosen for the marketer: the card warns until one is chosen
            case SEND_EMAIL -> new Action.SendEmail(EnvironmentCatalog.CHOOSE_TEMPLATE);
            case TAG_USER -> new Action.TagUser("new-tag");
            case ADVANCE_STAGE -> new Action.AdvanceStage("new-stage");
            case NONE -> Action.none();
        };
    }

    private static String baseName(String kind) {
        StepKind k = StepKind.parse(kind);
        if (k.end()) {
            return "done";
        }
        return switch (k.action()) {
            case SEND_EMAIL -> "email";
            case TAG_USER -> "tag";
            case ADVANCE_STAGE -> "stage";
            case NONE -> "step";
        };
    }

    private static String freeName(Journey j, String base) {
        Function<Integer, String> candidate = i -> i == 1 ? base : base + "-" + i;
        int i = 1;
        while (j.nodes().containsKey(candidate.apply(i))) {
            i++;
        }
        return candidate.apply(i);
    }
}
