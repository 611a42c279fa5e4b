package com.ascendkit.journeys.client.journeys;

import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.ReEntryPolicy;
import com.ascendkit.journeys.model.Transition;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code PATCH /v1/journeys/{id}}: only the fields set here are sent. {@code nodes} is merged by
 * name on the engine: {@link Builder#putNode} replaces that node whole, {@link Builder#removeNode}
 * sends {@code "name": null}, which removes it with its transitions. {@code transitions}, when set,
 * replaces the whole list. Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class UpdateJourneyRequest {
    // Serialised from the fields: the Optional accessors are for Java callers.
    @JsonProperty private final String name;
    @JsonProperty private final String entryEvent;
    @JsonProperty private final Map<String, Object> entryConditions;
    @JsonProperty private final String entryNode;
    @JsonProperty private final ReEntryPolicy reEntryPolicy;

    /** A null value is sent as JSON null: "remove this node". */
    @JsonProperty
    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS)
    private final Map<String, Node> nodes;

    @JsonProperty private final List<Transition> transitions;

    private UpdateJourneyRequest(Builder b) {
        this.name = b.name;
        this.entryEvent = b.entryEvent;
        this.entryConditions = b.entryConditions;
        this.entryNode = b.entryNode;
        this.reEntryPolicy = b.reEntryPolicy;
        this.nodes =
                b.nodes.isEmpty()
                        ? null
                        : Collections.unmodifiableMap(new LinkedHashMap<>(b.nodes));
        this.transitions = b.transitions;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    public Optional<String> entryEvent() {
        return Optional.ofNullable(entryEvent);
    }

    public Optional<Map<String, Object>> entryConditions() {
        return Optional.ofNullable(entryConditions);
    }

    public Optional<String> entryNode() {
        return Optional.ofNullable(entryNode);
    }

    public Optional<ReEntryPolicy> reEntryPolicy() {
        return Optional.ofNullable(reEntryPolicy);
    }

    /** The node changes by name: a node to put, or empty to remove it. */
    public Map<String, Optional<Node>> nodeChanges() {
        Map<String, Optional<Node>> changes = new LinkedHashMap<>();
        if (nodes != null) {
            nodes.forEach((k, v) -> changes.put(k, Optional.ofNullable(v)));
        }
        return Collections.unmodifiableMap(changes);
    }

    public Optional<List<Transition>> transitions() {
        return Optional.ofNullable(transitions);
    }

    /** Collects the fields to change. Not thread-safe. */
    public static final class Builder {
        private String name;
        private String entryEvent;
        private Map<String, Object> entryConditions;
        private String entryNode;
        private ReEntryPolicy reEntryPolicy;
        private final Map<String, Node> nodes = new LinkedHashMap<>();
        private List<Transition> transitions;

        private Builder() {}

        public Builder name(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        public Builder entryEvent(String value) {
            this.entryEvent = Objects.requireNonNull(value, "entryEvent");
            return this;
        }

        /** Replaces the entry conditions ({@code Map.of()} clears them). */
        public Builder entryConditions(Map<String, Object> value) {
            this.entryConditions =
                    Collections.unmodifiableMap(
                            new LinkedHashMap<>(Objects.requireNonNull(value, "entryConditions")));
            return this;
        }

        public Builder entryNode(String value) {
            this.entryNode = Objects.requireNonNull(value, "entryNode");
            return this;
        }

        public Builder reEntryPolicy(ReEntryPolicy value) {
            this.reEntryPolicy = Objects.requireNonNull(value, "reEntryPolicy");
            return this;
        }

        /** Adds or replaces (whole) the node called {@code nodeName}. */
        public Builder putNode(String nodeName, Node node) {
            nodes.put(
                    Objects.requireNonNull(nodeName, "node name"),
                    Objects.requireNonNull(node, "node"));
            return this;
        }

        /** Removes the node called {@code nodeName} and its transitions. */
        public Builder removeNode(String nodeName) {
            nodes.put(Objects.requireNonNull(nodeName, "node name"), null);
            return this;
        }

        /** Replaces the whole transition list. */
        public Builder transitions(List<Transition> value) {
            this.transitions = List.copyOf(Objects.requireNonNull(value, "transitions"));
            return this;
        }

        public UpdateJourneyRequest build() {
            return new UpdateJourneyRequest(this);
        }
    }
}
