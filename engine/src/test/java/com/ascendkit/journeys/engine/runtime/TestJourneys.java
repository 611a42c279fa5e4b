package com.ascendkit.journeys.engine.runtime;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.ReEntryPolicy;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small builder of journey definitions for run-time tests. */
public final class TestJourneys {
    private final String entryEvent;
    private final String entryNode;
    private Map<String, Object> conditions = Map.of();
    private ReEntryPolicy policy = ReEntryPolicy.SKIP;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Transition> transitions = new ArrayList<>();

    private TestJourneys(String entryEvent, String entryNode) {
        this.entryEvent = entryEvent;
        this.entryNode = entryNode;
    }

    public static TestJourneys entering(String entryEvent, String entryNode) {
        return new TestJourneys(entryEvent, entryNode);
    }

    public TestJourneys conditions(Map<String, Object> value) {
        this.conditions = value;
        return this;
    }

    public TestJourneys policy(ReEntryPolicy value) {
        this.policy = value;
        return this;
    }

    public TestJourneys node(String name, Action action) {
        nodes.put(name, Node.of(action));
        return this;
    }

    public TestJourneys node(String name) {
        return node(name, Action.none());
    }

    public TestJourneys terminal(String name) {
        nodes.put(name, new Node(Action.none(), true, null));
        return this;
    }

    public TestJourneys terminal(String name, Action action) {
        nodes.put(name, new Node(action, true, null));
        return this;
    }

    public TestJourneys timer(String from, String to, String delay) {
        transitions.add(new Transition(from + "-to-" + to, from, to, Trigger.after(delay)));
        return this;
    }

    public TestJourneys on(String name, String from, String to, String event) {
        return on(name, from, to, event, Map.of());
    }

    public TestJourneys on(
            String name, String from, String to, String event, Map<String, Object> filter) {
        transitions.add(new Transition(name, from, to, new Trigger.Event(event, filter)));
        return this;
    }

    public JourneyDefinition build() {
        return new JourneyDefinition(
                "test journey", entryEvent, conditions, entryNode, policy, nodes, transitions);
    }
}
