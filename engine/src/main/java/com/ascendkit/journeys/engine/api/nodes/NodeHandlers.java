package com.ascendkit.journeys.engine.api.nodes;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.RequestBody;
import com.ascendkit.journeys.engine.api.journeys.JourneyParts;
import com.ascendkit.journeys.engine.api.json.JsonObject;
import com.ascendkit.journeys.engine.api.json.ModelJson;
import com.ascendkit.journeys.engine.api.json.NodeJson;
import com.ascendkit.journeys.engine.journeys.JourneyDraft;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.Names;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Quoted;
import com.ascendkit.journeys.model.api.NodeSummary;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** {@code /v1/journeys/{id}/nodes}: list, add, update (and rename), remove. */
public final class NodeHandlers {
    private final ApiServices s;
    private final JourneyParts parts;

    public NodeHandlers(ApiServices services, JourneyParts parts) {
        this.s = services;
        this.parts = parts;
    }

    public void list(Context ctx) {
        parts.list(ctx, (h, j) -> summaries(j.definition(), s.hooks().usersPerNode(h, j.id())));
    }

    public void add(Context ctx) {
        JsonObject o =
                RequestBody.object(ctx).only("name", "action", "terminal", "emailId", "position");
        String name = Names.requireNodeName("name", o.requiredString("name"));
        Node node = NodeJson.node(o);
        parts.add(ctx, d -> d.addNode(name, node));
    }

    public void update(Context ctx) {
        JsonObject o =
                RequestBody.object(ctx)
                        .only("action", "terminal", "emailId", "position", "name")
                        .notNull("action", "terminal", "emailId", "name");
        Action action = o.object("action").map(ModelJson::action).orElse(null);
        Boolean terminal = o.bool("terminal").orElse(null);
        String emailId = o.string("emailId").orElse(null);
        boolean positionGiven = o.has("position");
        Position position = o.object("position").map(ModelJson::position).orElse(null);
        String newName = o.string("name").map(n -> Names.requireNodeName("name", n)).orElse(null);
        String node = ctx.pathParam("name");
        Consumer<JourneyDraft> change =
                d -> {
                    Node current = d.node(node);
                    Action nextAction = action == null ? current.action() : action;
                    if (emailId != null) {
                        nextAction = ModelJson.withEmailId(nextAction, emailId, "emailId");
                    }
                    Node next =
                            new Node(
                                    nextAction,
                                    terminal == null ? current.terminal() : terminal,
                                    positionGiven ? position : current.position());
                    d.replaceNode(node, next);
                    if (newName != null) {
                        d.renameNode(node, newName);
                    }
                };
        parts.change(ctx, change);
    }

    public void remove(Context ctx) {
        boolean force = flag(ctx, "force");
        String target = JourneyParts.query(ctx, "moveUsersTo");
        String node = ctx.pathParam("name");
        parts.change(ctx, d -> d.removeNode(node, target, force));
    }

    private static boolean flag(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ApiException.invalid(
                name,
                "" + Quoted.of(name) + " must be true or false, not " + Quoted.of(value) + "");
    }

    private static List<NodeSummary> summaries(JourneyDefinition d, Map<String, Long> users) {
        List<NodeSummary> out = new ArrayList<>();
        d.nodes()
                .forEach(
                        (name, node) ->
                                out.add(
                                        new NodeSummary(
                                                name,
                                                node.action(),
                                                node.terminal(),
                                                node.position(),
                                                (int)
                                                        d.transitions().stream()
                                                                .filter(t -> t.to().equals(name))
                                                                .count(),
                                                (int)
                                                        d.transitions().stream()
                                                                .filter(t -> t.from().equals(name))
                                                                .count(),
                                                users.getOrDefault(name, 0L))));
        return out;
    }
}
