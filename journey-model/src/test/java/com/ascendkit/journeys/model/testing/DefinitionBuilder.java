package com.ascendkit.journeys.model.testing;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.ReEntryPolicy;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.TransitionNames;
import com.ascendkit.journeys.model.Trigger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds journey definitions for tests in a few readable lines. Transitions get the contract's
 * default names ({@code a-to-b}, {@code a-to-b-2} …). Nothing is checked beyond what the records
 * check, so tests can build broken journeys on purpose. Not thread-safe.
 */
public final class DefinitionBuilder {
    private String name = "Test journey";
    private String entryEvent = "user.created";
    private Map<String, Object> entryConditions = Map.of();
    private final String entryNode;
    private ReEntryPolicy reEntryPolicy = ReEntryPolicy.SKIP;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Transition> transitions = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    private DefinitionBuilder(String entryNode) {
        this.entryNode = entryNode;
    }

    /** A journey entered at {@code entryNode} on {@code user.created}; add the node yourself. */
    public static DefinitionBuilder journey(String entryNode) {
        return new DefinitionBuilder(entryNode);
    }

    public DefinitionBuilder name(String newName) {
        this.name = newName;
        return this;
    }

    public DefinitionBuilder entryEvent(String event) {
        this.entryEvent = event;
        return this;
    }

    public DefinitionBuilder entryConditions(Map<String, Object> conditions) {
        this.entryConditions = conditions;
        return this;
    }

    public DefinitionBuilder reEntryPolicy(ReEntryPolicy policy) {
        this.reEntryPolicy = policy;
        return this;
    }

    /** A non-terminal node doing nothing. */
    public DefinitionBuilder node(String node) {
        return node(node, Action.none());
    }

    public DefinitionBuilder node(String node, Action action) {
        nodes.put(node, Node.of(action));
        return this;
    }

    /** A terminal node doing nothing. */
    public DefinitionBuilder terminal(String node) {
        return terminal(node, Action.none());
    }

    public DefinitionBuilder terminal(String node, Action action) {
        nodes.put(node, new Node(action, true, null));
        return this;
    }

    /** A timer transition, {@code delay} as the contract writes it ({@code 2d}). */
    public DefinitionBuilder timer(String from, String to, String delay) {
        return transition(from, to, Trigger.after(delay));
    }

    public DefinitionBuilder on(String from, String to, String event) {
        return transition(from, to, Trigger.on(event));
    }

    public DefinitionBuilder on(String from, String to, String event, Map<String, Object> filter) {
        return transition(from, to, new Trigger.Event(event, filter));
    }

    public DefinitionBuilder transition(String from, String to, Trigger trigger) {
        return transition(new Transition(TransitionNames.next(from, to, names), from, to, trigger));
    }

    public DefinitionBuilder transition(Transition transition) {
        names.add(transition.name());
        transitions.add(transition);
        return this;
    }

    public JourneyDefinition build() {
        return new JourneyDefinition(
                name, entryEvent, entryConditions, entryNode, reEntryPolicy, nodes, transitions);
    }
}
