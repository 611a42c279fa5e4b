package com.ascendkit.journeys.model.api;

import java.util.List;

/** The journeys that send a template, oldest first. */
public record TemplateUsage(List<JourneyRef> journeys) {

    public TemplateUsage {
        journeys = journeys == null ? List.of() : List.copyOf(journeys);
    }

    /**
     * A journey that sends the template: its id, name, status ({@code draft}, {@code active},
     * {@code paused}, {@code archived}) and the steps that send it.
     */
    public record JourneyRef(String id, String name, String status, List<String> nodes) {

        public JourneyRef {
            nodes = nodes == null ? List.of() : List.copyOf(nodes);
        }
    }
}
