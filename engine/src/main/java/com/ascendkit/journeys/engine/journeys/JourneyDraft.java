package com.ascendkit.journeys.engine.journeys;

import com.ascendkit.journeys.engine.errors.ConflictException;
import com.ascendkit.journeys.engine.errors.NotFoundException;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Quoted;
import com.ascendkit.journeys.model.ReEntryPolicy;
import com.ascendkit.journeys.model.Transition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A journey definition being changed by one request. Each operation applies the contract's rule
 * (fill-in of the untouched entry node, cascades, renames that follow references, default
 * transition names) or refuses with the status the contract gives; {@link #build} checks the whole
 * and returns the new definition. Records removals and renames for the run-time hooks. Used by one
 * thread.
 */
public final class JourneyDraft {
    private static final Node UNTOUCHED = new Node(Action.none(), false, null);

    private String name;
    private String entryEvent;
    private Map<String, Object> entryConditions;
    private String entryNode;
    private ReEntryPolicy reEntryPolicy;
    private final LinkedHashMap<String, Node> nodes;
    private final Transitions transitions;
    private String placeholder;
    private final List<NodeRemoval> removals = new ArrayList<>();
    private final List<NodeRename> renames = new ArrayList<>();

    /** A node removal the run-time must apply to the users in it. */
    public record NodeRemoval(String node, String moveUsersTo, boolean force) {}

    /** A node rename the run-time must apply to user states. */
    public record NodeRename(String from, String to) {}

    public JourneyDraft(JourneyDefinition d, String placeholder) {
        this.name = d.name();
        this.entryEvent = d.entryEvent();
        this.entryConditions = d.entryConditions();
        this.entryNode = d.entryNode();
        this.reEntryPolicy = d.reEntryPolicy();
        this.nodes = new LinkedHashMap<>(d.nodes());
        this.transitions = new Transitions(d.transitions(), nodes);
        this.placeholder = placeholder;
    }

    /** A new journey with no nodes yet. */
    public static JourneyDraft start(
            String name,
            String entryEvent,
            Map<String, Object> entryConditions,
            String entryNode,
            ReEntryPolicy reEntryPolicy) {
        return new JourneyDraft(
                new JourneyDefinition(
                        name, entryEvent, entryConditions, entryNode, reEntryPolicy, null, null),
                null);
    }

    public void name(String newName) {
        this.name = JourneyFields.requireName("name", newName);
    }

    public void entryEvent(String event) {
        this.entryEvent = event;
    }

    public void entryConditions(Map<String, Object> conditions) {
        this.entryConditions = conditions;
    }

    public void entryNode(String node) {
        this.entryNode = node;
    }

    public void reEntryPolicy(ReEntryPolicy policy) {
        this.reEntryPolicy = policy;
    }

    /** The entry node {@code create} makes: action none, and fill-in-able until touched. */
    public void addPlaceholderEntryNode() {
        nodes.put(entryNode, UNTOUCHED);
        placeholder = entryNode;
    }

    public Node node(String nodeName) {
        Node node = nodes.get(nodeName);
        if (node == null) {
            throw new NotFoundException("no node " + Quoted.of(nodeName) + " in this journey");
        }
        return node;
    }

    /**
     * Adds a node, or fills in the untouched entry node of that name; a name already taken
     * otherwise is a conflict.
     */
    public void addNode(String nodeName, Node node) {
        if (nodes.containsKey(nodeName)) {
            boolean untouched =
                    nodeName.equals(placeholder) && UNTOUCHED.equals(nodes.get(nodeName));
            if (!untouched) {
                throw new ConflictException(
                        "name",
                        "a node named " + Quoted.of(nodeName) + " already exists in this journey");
            }
        }
        nodes.put(nodeName, node);
        touched(nodeName);
    }

    /** Replaces an existing node whole. */
    public void replaceNode(String nodeName, Node node) {
        node(nodeName);
        nodes.put(nodeName, node);
        touched(nodeName);
    }

    /** Renames a node and every reference to it; transitions keep their names. */
    public void renameNode(String oldName, String newName) {
        node(oldName);
        if (oldName.equals(newName)) {
            return;
        }
        if (nodes.containsKey(newName)) {
            throw new ConflictException(
                    "name",
                    "a node named " + Quoted.of(newName) + " already exists in this journey");
        }
        LinkedHashMap<String, Node> renamed = new LinkedHashMap<>();
        nodes.forEach((k, v) -> renamed.put(k.equals(oldName) ? newName : k, v));
        nodes.clear();
        nodes.putAll(renamed);
        transitions.renameNode(oldName, newName);
        if (oldName.equals(entryNode)) {
            entryNode = newName;
        }
        touched(oldName);
        renames.add(new NodeRename(oldName, newName));
    }

    /**
     * Removes a node and every transition to or from it. {@code moveUsersTo}, when given, must be
     * another node of the journey.
     */
    public void removeNode(String nodeName, String moveUsersTo, boolean force) {
        node(nodeName);
        if (moveUsersTo != null) {
            if (moveUsersTo.equals(nodeName)) {
                throw new InvalidInputException(
                        "moveUsersTo",
                        "'moveUsersTo' must name another node, not the node being removed ("
                                + Quoted.of(nodeName)
                                + ")");
            }
            if (!nodes.containsKey(moveUsersTo)) {
                throw new InvalidInputException(
                        "moveUsersTo",
                        "unknown node " + Quoted.of(moveUsersTo) + " in 'moveUsersTo'");
            }
        }
        nodes.remove(nodeName);
        transitions.removeTouching(nodeName);
        touched(nodeName);
        removals.add(new NodeRemoval(nodeName, moveUsersTo, force));
    }

    /**
     * Merges {@code changes} by name: a node replaces that node whole (or is added), null removes
     * it with its transitions (and is nothing for a node that does not exist, as in JSON merge
     * patch).
     */
    public void mergeNodes(Map<String, Node> changes) {
        changes.forEach(
                (nodeName, node) -> {
                    if (node == null) {
                        if (nodes.containsKey(nodeName)) {
                            removeNode(nodeName, null, false);
                        }
                    } else {
                        nodes.put(nodeName, node);
                        touched(nodeName);
                    }
                });
    }

    /** The transitions of the draft, to add, change, remove or replace. */
    public Transitions transitions() {
        return transitions;
    }

    public List<NodeRemoval> removals() {
        return List.copyOf(removals);
    }

    public List<NodeRename> renames() {
        return List.copyOf(renames);
    }

    /** The untouched entry node's name, or null once it has been touched. */
    public String placeholder() {
        return placeholder;
    }

    /** The new definition, after a last check that every transition joins known nodes. */
    public JourneyDefinition build() {
        List<Transition> list = transitions.list();
        for (int i = 0; i < list.size(); i++) {
            Transition t = list.get(i);
            Transitions.requireKnown(nodes, t.from(), "transitions[" + i + "].from");
            Transitions.requireKnown(nodes, t.to(), "transitions[" + i + "].to");
        }
        return new JourneyDefinition(
                name, entryEvent, entryConditions, entryNode, reEntryPolicy, nodes, list);
    }

    private void touched(String nodeName) {
        if (nodeName.equals(placeholder)) {
            placeholder = null;
        }
    }
}
