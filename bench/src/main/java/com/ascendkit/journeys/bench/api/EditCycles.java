package com.ascendkit.journeys.bench.api;

import com.ascendkit.journeys.bench.internal.Samples;
import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.RequestOptions;
import com.ascendkit.journeys.client.journeys.CreateJourneyRequest;
import com.ascendkit.journeys.client.nodes.AddNodeRequest;
import com.ascendkit.journeys.client.nodes.RemoveNodeOptions;
import com.ascendkit.journeys.client.transitions.AddTransitionRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.testing.JourneyGenerator;

/**
 * What the editor does to a journey, one call at a time with {@code If-Match}: a journey grown by
 * node and transition adds to a size, then cycles of (add a node, add a transition to it, delete
 * the node) so that every measured add sees a journey of the same size.
 */
final class EditCycles {
    private final EngineClient client;
    private final String id;
    private final int size;
    private long version;

    private EditCycles(EngineClient client, String id, int size, long version) {
        this.client = client;
        this.id = id;
        this.size = size;
        this.version = version;
    }

    /** A new journey of {@code nodes} nodes chained by alternating timer and event transitions. */
    static EditCycles grow(EngineClient client, String name, int nodes) {
        JourneyResult r =
                client.journeys()
                        .create(
                                CreateJourneyRequest.of(name, "user.created")
                                        .withEntryNode(JourneyGenerator.name(0)));
        for (int i = 0; i < nodes; i++) {
            AddNodeRequest node =
                    AddNodeRequest.named(JourneyGenerator.name(i))
                            .withAction(action(i))
                            .withTerminal(i == nodes - 1);
            r = client.nodes().add(r.journey().id(), node, RequestOptions.ifMatch(r.version()));
            if (i > 0) {
                r =
                        client.transitions()
                                .add(
                                        r.journey().id(),
                                        chain(i),
                                        RequestOptions.ifMatch(r.version()));
            }
        }
        return new EditCycles(client, r.journey().id(), nodes, r.version());
    }

    /** {@code cycles} times: add a node (timed), add a transition to it (timed), delete it. */
    void run(int cycles, Samples addNode, Samples addTransition) {
        for (int c = 0; c < cycles; c++) {
            String name = "extra_" + c;
            AddNodeRequest node =
                    AddNodeRequest.named(name).withAction(new Action.SendEmail("tips-email"));
            long start = System.nanoTime();
            JourneyResult r = client.nodes().add(id, node, RequestOptions.ifMatch(version));
            addNode.add(System.nanoTime() - start);
            String from = JourneyGenerator.name(c % (size - 1));
            AddTransitionRequest t = AddTransitionRequest.of(from, name, Trigger.on("user.login"));
            start = System.nanoTime();
            r = client.transitions().add(id, t, RequestOptions.ifMatch(r.version()));
            addTransition.add(System.nanoTime() - start);
            r =
                    client.nodes()
                            .remove(
                                    id,
                                    name,
                                    RemoveNodeOptions.none(),
                                    RequestOptions.ifMatch(r.version()));
            if (r.journey().nodes().size() != size) {
                throw new IllegalStateException(
                        "journey has " + r.journey().nodes().size() + " nodes, expected " + size);
            }
            version = r.version();
        }
    }

    private static AddTransitionRequest chain(int i) {
        Trigger trigger = i % 2 == 0 ? Trigger.after("1d") : Trigger.on("user.login");
        return AddTransitionRequest.of(
                JourneyGenerator.name(i - 1), JourneyGenerator.name(i), trigger);
    }

    private static Action action(int i) {
        return switch (i % 4) {
            case 0 -> new Action.SendEmail("welcome-email");
            case 1 -> new Action.TagUser("tag-" + (i % 10));
            case 2 -> new Action.AdvanceStage("stage-" + (i % 5));
            default -> Action.none();
        };
    }
}
