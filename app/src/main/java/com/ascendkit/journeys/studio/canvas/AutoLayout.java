package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Transition;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Where the cards go when the user asks for a tidy layout: Eclipse ELK's layered algorithm (the one
 * of Sirius and Theia), left to right, the entry node in the first layer, every card the size it is
 * drawn. Only computes positions; the canvas turns them into one undoable step. Nothing here runs
 * unless asked, so the user's own positions are otherwise kept.
 *
 * <p>The canvas draws its own arrows ({@link EdgeGeometry}), not ELK's routes, so two things are
 * made sure of here: the gap between layers is wide enough for the widest arrow label, and no arrow
 * or label crosses a card that is not its end — a card in the way is moved down in its layer (with
 * those below it) until none is.
 */
public final class AutoLayout {
    /** Where the layout's top-left card goes: the same margin as the grid of unplaced nodes. */
    static final double ORIGIN = 40;

    private static final double NODE_SPACING = 40;
    private static final double LAYER_SPACING = 80;

    /** An arrow label's width, over-estimated: 11 px text (0.85em) is under 7.5 px a character. */
    private static final double LABEL_CHAR = 7.5;

    private static final double LABEL_PAD = 16;
    private static final double LABEL_HEIGHT = 22;

    /** Clear space kept between a label or an arrow and a card. */
    private static final double CLEARANCE = 12;

    private static final int MOST_PUSHES = 200;

    private AutoLayout() {}

    /** The top-left corner of every node's card, by node name, in the journey's node order. */
    public static Map<String, Position> positions(Journey journey) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
        double widest =
                journey.transitions().stream().mapToDouble(AutoLayout::labelWidth).max().orElse(0);
        graph.setProperty(
                LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS,
                Math.max(LAYER_SPACING, widest + 2 * CLEARANCE));
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (String name : journey.nodes().keySet()) {
            ElkNode n = ElkGraphUtil.createNode(graph);
            n.setIdentifier(name);
            n.setDimensions(CardGeometry.WIDTH, CardGeometry.HEIGHT);
            if (name.equals(journey.entryNode())) {
                n.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
            }
            nodes.put(name, n);
        }
        for (Transition t : journey.transitions()) {
            ElkNode from = nodes.get(t.from());
            ElkNode to = nodes.get(t.to());
            if (from != null && to != null) {
                ElkGraphUtil.createSimpleEdge(from, to);
            }
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        double left = nodes.values().stream().mapToDouble(ElkNode::getX).min().orElse(0);
        double top = nodes.values().stream().mapToDouble(ElkNode::getY).min().orElse(0);
        Map<String, Position> out = new LinkedHashMap<>();
        nodes.forEach(
                (name, n) ->
                        out.put(
                                name,
                                new Position(
                                        Math.round(n.getX() - left + ORIGIN),
                                        Math.round(n.getY() - top + ORIGIN))));
        for (int i = 0; i < MOST_PUSHES; i++) {
            String inTheWay = firstInTheWay(journey, out);
            if (inTheWay == null) {
                break;
            }
            pushDown(out, inTheWay);
        }
        return out;
    }

    static double labelWidth(Transition t) {
        return t.trigger().describe().length() * LABEL_CHAR + LABEL_PAD;
    }

    /** A card an arrow (or its label) would cross though it is neither end, or null. */
    private static String firstInTheWay(Journey journey, Map<String, Position> at) {
        for (Transition t : journey.transitions()) {
            Position from = at.get(t.from());
            Position to = at.get(t.to());
            if (from == null || to == null || t.from().equals(t.to())) {
                continue;
            }
            EdgeGeometry g = EdgeGeometry.between(from.x(), from.y(), to.x(), to.y());
            double w = labelWidth(t);
            double lx = g.x(0.5) - w / 2;
            double ly = g.y(0.5) - LABEL_HEIGHT / 2;
            for (Map.Entry<String, Position> card : at.entrySet()) {
                if (card.getKey().equals(t.from()) || card.getKey().equals(t.to())) {
                    continue;
                }
                Position c = card.getValue();
                boolean label =
                        lx < c.x() + CardGeometry.WIDTH + CLEARANCE
                                && c.x() < lx + w + CLEARANCE
                                && ly < c.y() + CardGeometry.HEIGHT + CLEARANCE
                                && c.y() < ly + LABEL_HEIGHT + CLEARANCE;
                if (label || crosses(g, c)) {
                    return card.getKey();
                }
            }
        }
        return null;
    }

    private static boolean crosses(EdgeGeometry g, Position c) {
        for (int i = 0; i <= 64; i++) {
            double x = g.x(i / 64.0);
            double y = g.y(i / 64.0);
            if (x > c.x() - CLEARANCE
                    && x < c.x() + CardGeometry.WIDTH + CLEARANCE
                    && y > c.y() - CLEARANCE
                    && y < c.y() + CardGeometry.HEIGHT + CLEARANCE) {
                return true;
            }
        }
        return false;
    }

    /** Moves a card, and the cards below it in its layer, down by a card and a gap. */
    private static void pushDown(Map<String, Position> at, String name) {
        Position p = at.get(name);
        double by = CardGeometry.HEIGHT + NODE_SPACING;
        at.replaceAll(
                (n, q) ->
                        Math.abs(q.x() - p.x()) < 1 && q.y() >= p.y()
                                ? new Position(q.x(), q.y() + by)
                                : q);
    }
}
