package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where cards are, in world coordinates: a node's stored position is its card's top-left corner; a
 * node without one (made by the CLI, say) gets a slot in a grid by its place in the journey.
 */
public final class CardGeometry {
    public static final double WIDTH = 220;
    public static final double HEIGHT = 84;
    static final double GRID_X = 280;
    static final double GRID_Y = 140;
    static final int GRID_COLUMNS = 6;

    private CardGeometry() {}

    public static Position positionOf(Journey journey, String name) {
        Node node = journey.nodes().get(name);
        if (node != null && node.position() != null) {
            return node.position();
        }
        int index = 0;
        for (String n : journey.nodes().keySet()) {
            if (n.equals(name)) {
                break;
            }
            index++;
        }
        return gridSlot(index);
    }

    /** Every node's card corner (stored, or its grid slot), in the journey's node order. */
    public static Map<String, Position> positions(Journey journey) {
        Map<String, Position> out = new LinkedHashMap<>();
        int index = 0;
        for (Map.Entry<String, Node> e : journey.nodes().entrySet()) {
            Position p = e.getValue().position();
            out.put(e.getKey(), p != null ? p : gridSlot(index));
            index++;
        }
        return out;
    }

    public static Position gridSlot(int index) {
        return new Position(
                40 + (index % GRID_COLUMNS) * GRID_X, 40 + (index / GRID_COLUMNS) * GRID_Y);
    }

    /** The node whose card covers the world point, or null. Later cards are on top. */
    public static String nodeAt(Journey journey, double x, double y) {
        String hit = null;
        int index = 0;
        for (Map.Entry<String, Node> e : journey.nodes().entrySet()) {
            Position p =
                    e.getValue().position() != null ? e.getValue().position() : gridSlot(index);
            if (x >= p.x() && x <= p.x() + WIDTH && y >= p.y() && y <= p.y() + HEIGHT) {
                hit = e.getKey();
            }
            index++;
        }
        return hit;
    }

    /** The nodes whose cards meet the world rectangle between the two corners. */
    public static List<String> nodesIn(
            Journey journey, double x1, double y1, double x2, double y2) {
        double left = Math.min(x1, x2);
        double right = Math.max(x1, x2);
        double top = Math.min(y1, y2);
        double bottom = Math.max(y1, y2);
        List<String> hits = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, Node> e : journey.nodes().entrySet()) {
            Position p =
                    e.getValue().position() != null ? e.getValue().position() : gridSlot(index);
            if (p.x() <= right
                    && p.x() + WIDTH >= left
                    && p.y() <= bottom
                    && p.y() + HEIGHT >= top) {
                hits.add(e.getKey());
            }
            index++;
        }
        return hits;
    }
}
