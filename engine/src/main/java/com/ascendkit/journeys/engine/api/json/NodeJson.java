package com.ascendkit.journeys.engine.api.json;

import com.ascendkit.journeys.engine.journeys.TransitionSpec;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Names;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Trigger;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Nodes and transitions of requests: one node, a map of nodes, one transition, a list. */
public final class NodeJson {
    private NodeJson() {}

    /**
     * A whole node: {@code {action?, terminal?, position?, emailId?}} (the caller has already
     * refused other fields). The action defaults to none; {@code emailId} is the action's sender.
     */
    public static Node node(JsonObject o) {
        Action action = o.object("action").map(ModelJson::action).orElse(Action.none());
        if (o.has("emailId")) {
            action = ModelJson.withEmailId(action, o.requiredString("emailId"), o.field("emailId"));
        }
        boolean terminal = o.bool("terminal").orElse(false);
        Position position = o.object("position").map(ModelJson::position).orElse(null);
        return new Node(action, terminal, position);
    }

    /**
     * A map of nodes by name (PATCH {@code nodes}, import): a null value removes the node when
     * {@code nullRemoves}, else is refused.
     */
    public static Map<String, Node> nodes(JsonObject o, boolean nullRemoves) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (String name : o.names()) {
            Names.requireNodeName(o.field(name), name);
            if (o.isNull(name)) {
                if (!nullRemoves) {
                    o.notNull(name);
                }
                out.put(name, null);
            } else {
                out.put(
                        name,
                        node(
                                o.requiredObject(name)
                                        .only("action", "terminal", "position", "emailId")));
            }
        }
        return out;
    }

    /** A transition: {@code {name?, from, to, trigger}}. */
    public static TransitionSpec transition(JsonObject o) {
        o.only("name", "from", "to", "trigger");
        String name =
                o.string("name")
                        .map(n -> Names.requireTransitionName(o.field("name"), n))
                        .orElse(null);
        String from = Names.requireNodeName(o.field("from"), o.requiredString("from"));
        String to = Names.requireNodeName(o.field("to"), o.requiredString("to"));
        Trigger trigger = ModelJson.trigger(o.requiredObject("trigger"));
        return new TransitionSpec(name, from, to, trigger, o.path());
    }

    /** A list of transitions, each reported as {@code transitions[i]}. */
    public static List<TransitionSpec> transitions(List<JsonNode> items, String field) {
        List<TransitionSpec> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(transition(JsonObject.of(items.get(i), field + "[" + i + "]")));
        }
        return out;
    }
}
