package com.ascendkit.journeys.studio.editing;

import com.ascendkit.journeys.model.topology.Warning;
import java.util.List;
import java.util.Map;

/**
 * The validator's warnings indexed for the badges: per node name and per transition name. Made by
 * the warnings panel, drawn by the canvas (cards, arrows and the overview).
 */
public record Badges(Map<String, List<Warning>> byNode, Map<String, List<Warning>> byTransition) {
    public static final Badges NONE = new Badges(Map.of(), Map.of());

    public Badges {
        byNode = Map.copyOf(byNode);
        byTransition = Map.copyOf(byTransition);
    }
}
