package com.ascendkit.journeys.engine.journeys;

import com.ascendkit.journeys.engine.errors.ConflictException;
import com.ascendkit.journeys.engine.errors.NotFoundException;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Quoted;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.TransitionNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The transitions of a {@link JourneyDraft}, in definition order (which decides which event
 * transition fires first). Names are unique; both ends must be nodes of the draft. Used by one
 * thread.
 */
public final class Transitions {
    private final List<Transition> list;
    private final Map<String, Node> nodes;

    Transitions(List<Transition> initial, Map<String, Node> nodes) {
        this.list = new ArrayList<>(initial);
        this.nodes = nodes;
    }

    public Transition get(String name) {
        return list.get(indexOf(name));
    }

    /** Adds a transition at the end, named {@code {from}-to-{to}} (then -2, -3…) when unnamed. */
    public Transition add(TransitionSpec spec) {
        requireKnown(nodes, spec.from(), spec.field("from"));
        requireKnown(nodes, spec.to(), spec.field("to"));
        String name = spec.name();
        if (name == null) {
            name = TransitionNames.next(spec.from(), spec.to(), names());
        } else if (names().contains(name)) {
            throw new ConflictException(
                    spec.field("name"),
                    "a transition named " + Quoted.of(name) + " already exists");
        }
        Transition t = new Transition(name, spec.from(), spec.to(), spec.trigger());
        list.add(t);
        return t;
    }

    /** Replaces the transition {@code name} in place (it may be renamed). */
    public Transition update(String name, TransitionSpec spec) {
        int index = indexOf(name);
        requireKnown(nodes, spec.from(), spec.field("from"));
        requireKnown(nodes, spec.to(), spec.field("to"));
        String newName = spec.name() == null ? name : spec.name();
        if (!newName.equals(name) && names().contains(newName)) {
            throw new ConflictException(
                    spec.field("name"),
                    "a transition named " + Quoted.of(newName) + " already exists");
        }
        Transition t = new Transition(newName, spec.from(), spec.to(), spec.trigger());
        list.set(index, t);
        return t;
    }

    public void remove(String name) {
        list.remove(indexOf(name));
    }

    /** Replaces the whole list; unnamed transitions get default names in order. */
    public void replaceAll(List<TransitionSpec> specs) {
        Set<String> given = new HashSet<>();
        for (TransitionSpec s : specs) {
            if (s.name() != null && !given.add(s.name())) {
                throw new InvalidInputException(
                        s.field("name"),
                        "transition name "
                                + Quoted.of(s.name())
                                + " appears twice in 'transitions'");
            }
        }
        list.clear();
        // Named ones first claim their names, so a default name never takes a given one.
        Set<String> taken = new HashSet<>(given);
        for (TransitionSpec s : specs) {
            requireKnown(nodes, s.from(), s.field("from"));
            requireKnown(nodes, s.to(), s.field("to"));
            String name = s.name();
            if (name == null) {
                name = TransitionNames.next(s.from(), s.to(), taken);
                taken.add(name);
            }
            list.add(new Transition(name, s.from(), s.to(), s.trigger()));
        }
    }

    /** Transitions in definition order. */
    public List<Transition> list() {
        return List.copyOf(list);
    }

    void renameNode(String oldName, String newName) {
        list.replaceAll(
                t ->
                        t.withEnds(
                                t.from().equals(oldName) ? newName : t.from(),
                                t.to().equals(oldName) ? newName : t.to()));
    }

    void removeTouching(String node) {
        list.removeIf(t -> t.from().equals(node) || t.to().equals(node));
    }

    static void requireKnown(Map<String, Node> nodes, String node, String field) {
        if (!nodes.containsKey(node)) {
            throw new InvalidInputException(
                    field, "unknown node " + Quoted.of(node) + " in '" + field + "'");
        }
    }

    private Set<String> names() {
        Set<String> out = new HashSet<>();
        list.forEach(t -> out.add(t.name()));
        return out;
    }

    private int indexOf(String name) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new NotFoundException("no transition " + Quoted.of(name) + " in this journey");
    }
}
