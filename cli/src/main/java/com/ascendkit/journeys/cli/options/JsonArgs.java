package com.ascendkit.journeys.cli.options;

import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Transition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of options that take a JSON object or list. They are wrapped because picocli reads a
 * {@code Map} or {@code List} option as repeated {@code key=value} words; one JSON word is one
 * value here.
 */
public final class JsonArgs {
    private JsonArgs() {}

    /** A JSON object: entry conditions, event properties. */
    public record JsonObject(Map<String, Object> values) {
        public JsonObject {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** Nodes by name, merged into the journey; a null node removes that node. */
    public record NodeChanges(Map<String, Node> nodes) {
        public NodeChanges {
            nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        }
    }

    /** A journey's whole transition list. */
    public record TransitionList(List<Transition> transitions) {
        public TransitionList {
            transitions = List.copyOf(transitions);
        }
    }

    /** Template variables. */
    public record Variables(Map<String, String> values) {
        public Variables {
            values = Map.copyOf(values);
        }
    }
}
