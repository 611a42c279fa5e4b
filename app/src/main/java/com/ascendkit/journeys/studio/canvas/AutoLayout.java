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
 */
public final class AutoLayout {
    /** Where the layout's top-left card goes: the same margin as the grid of unplaced nodes. */
    static final double ORIGIN = 40;

    private static final double NODE_SPACING = 40;
    private static final double LAYER_SPACING = 80;

    private AutoLayout() {}

    /** The top-left corner of every node's card, by node name, in the journey's node order. */
    public static Map<String, Position> positions(Journey journey) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
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
        return out;
    }
}
