package com.ascendkit.journeys.studio;

import javafx.scene.Node;
import javafx.scene.Parent;

/** Moving the keyboard focus into a panel. */
final class Focus {
    private Focus() {}

    /**
     * Focuses the first control in {@code panel} (scene-graph order, as Tab goes) that Tab could
     * reach: focus-traversable, shown and enabled. False when there is none.
     */
    static boolean first(Parent panel) {
        Node n = find(panel);
        if (n != null) {
            n.requestFocus();
        }
        return n != null;
    }

    private static Node find(Node n) {
        if (!n.isVisible() || n.isDisabled()) {
            return null;
        }
        if (n.isFocusTraversable()) {
            return n;
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Node found = find(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
