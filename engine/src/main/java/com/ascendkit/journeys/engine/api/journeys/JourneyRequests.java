package com.ascendkit.journeys.engine.api.journeys;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.json.JsonObject;
import com.ascendkit.journeys.engine.api.json.Maps;
import com.ascendkit.journeys.engine.api.json.NodeJson;
import com.ascendkit.journeys.engine.journeys.JourneyDraft;
import com.ascendkit.journeys.engine.journeys.JourneyFields;
import com.ascendkit.journeys.engine.journeys.TransitionSpec;
import com.ascendkit.journeys.model.Names;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Quoted;
import com.ascendkit.journeys.model.ReEntryPolicy;
import com.ascendkit.journeys.model.api.ExportedJourney;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The journey-level requests, read strictly: create, PATCH (as a change to apply to a draft) and
 * import. Import is read exactly as a PATCH of a new journey's every field.
 */
final class JourneyRequests {
    /** The entry node's name when {@code create} is not given one. */
    static final String DEFAULT_ENTRY_NODE = "start";

    private static final String[] DEFINITION_FIELDS = {
        "name",
        "entryEvent",
        "entryConditions",
        "entryNode",
        "reEntryPolicy",
        "nodes",
        "transitions"
    };

    private JourneyRequests() {}

    /** {@code POST /v1/journeys}: a draft with its entry node, action none. */
    static JourneyDraft create(JsonObject o) {
        o.only("name", "entryEvent", "entryNode", "entryConditions", "reEntryPolicy");
        JourneyDraft draft =
                JourneyDraft.start(
                        JourneyFields.requireName("name", o.string("name").orElse(null)),
                        Names.requireEventName("entryEvent", o.requiredString("entryEvent")),
                        o.object("entryConditions").map(Maps::scalars).orElse(Map.of()),
                        Names.requireNodeName(
                                "entryNode", o.string("entryNode").orElse(DEFAULT_ENTRY_NODE)),
                        o.string("reEntryPolicy").map(ReEntryPolicy::parse).orElse(null));
        draft.addPlaceholderEntryNode();
        return draft;
    }

    /** {@code PATCH /v1/journeys/{id}}: only the fields given change. */
    static Consumer<JourneyDraft> patch(JsonObject o) {
        o.only(DEFINITION_FIELDS);
        o.notNull("name", "entryEvent", "entryNode", "reEntryPolicy", "nodes", "transitions");
        Optional<String> name = o.string("name").map(n -> JourneyFields.requireName("name", n));
        Optional<String> event =
                o.string("entryEvent").map(e -> Names.requireEventName("entryEvent", e));
        boolean conditionsGiven = o.has("entryConditions");
        Map<String, Object> conditions =
                o.object("entryConditions").map(Maps::scalars).orElse(Map.of());
        Optional<String> entryNode =
                o.string("entryNode").map(n -> Names.requireNodeName("entryNode", n));
        Optional<ReEntryPolicy> policy = o.string("reEntryPolicy").map(ReEntryPolicy::parse);
        Optional<Map<String, Node>> nodes = o.object("nodes").map(n -> NodeJson.nodes(n, true));
        Optional<List<TransitionSpec>> transitions =
                o.array("transitions").map(t -> NodeJson.transitions(t, o.field("transitions")));
        return draft -> {
            nodes.ifPresent(draft::mergeNodes);
            transitions.ifPresent(t -> draft.transitions().replaceAll(t));
            name.ifPresent(draft::name);
            event.ifPresent(draft::entryEvent);
            if (conditionsGiven) {
                draft.entryConditions(conditions);
            }
            entryNode.ifPresent(draft::entryNode);
            policy.ifPresent(draft::reEntryPolicy);
        };
    }

    /** {@code POST /v1/journeys/import}: {@code {"format": "journey/1", "journey": {…}}}. */
    static JourneyDraft importDraft(JsonObject o) {
        o.only("format", "journey");
        String format = o.requiredString("format");
        if (!ExportedJourney.FORMAT.equals(format)) {
            throw ApiException.invalid(
                    "format",
                    "unsupported format "
                            + Quoted.of(format)
                            + " in 'format': this engine reads '"
                            + ExportedJourney.FORMAT
                            + "'");
        }
        JsonObject j = o.requiredObject("journey").only(DEFINITION_FIELDS);
        JourneyDraft draft =
                JourneyDraft.start(
                        JourneyFields.requireName(j.field("name"), j.string("name").orElse(null)),
                        Names.requireEventName(
                                j.field("entryEvent"), j.requiredString("entryEvent")),
                        j.object("entryConditions").map(Maps::scalars).orElse(Map.of()),
                        Names.requireNodeName(j.field("entryNode"), j.requiredString("entryNode")),
                        j.string("reEntryPolicy").map(ReEntryPolicy::parse).orElse(null));
        j.object("nodes").map(n -> NodeJson.nodes(n, false)).ifPresent(draft::mergeNodes);
        j.array("transitions")
                .map(t -> NodeJson.transitions(t, j.field("transitions")))
                .ifPresent(t -> draft.transitions().replaceAll(t));
        return draft;
    }
}
