package com.ascendkit.journeys.model.api;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Position;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One row of {@code GET /v1/journeys/{id}/nodes}: a node with its transition counts and users there
 * now.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NodeSummary(
        String name,
        Action action,
        boolean terminal,
        Position position,
        int transitionsIn,
        int transitionsOut,
        long usersHere) {}
