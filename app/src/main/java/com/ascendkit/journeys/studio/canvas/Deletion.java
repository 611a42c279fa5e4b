package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.api.NodeSummary;
import com.ascendkit.journeys.studio.dialogs.Dialogs;
import com.ascendkit.journeys.studio.editing.Selection;
import com.ascendkit.journeys.studio.editing.SelectionModel;
import com.ascendkit.journeys.studio.sync.Command;
import com.ascendkit.journeys.studio.sync.Failed;
import com.ascendkit.journeys.studio.sync.JourneySession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Deleting the selection (Delete) as one step. Users in a node to delete are never dropped
 * silently: the engine is asked who is where, and the user says where they go.
 */
public final class Deletion {
    private final JourneySession session;
    private final SelectionModel selection;
    private final Dialogs dialogs;

    Deletion(JourneySession session, SelectionModel selection, Dialogs dialogs) {
        this.session = session;
        this.selection = selection;
        this.dialogs = dialogs;
    }

    /**
     * Removes the selection as one step. Nodes that hold users are removed only once the user says
     * where they go (the engine is asked who is in them first); one the user keeps stays.
     */
    public void deleteSelection() {
        Journey j = journey();
        Selection s = selection.get();
        if (j == null || s.isEmpty()) {
            return;
        }
        List<String> transitions = s.transitions().stream().sorted().toList();
        List<String> nodes = s.nodes().stream().filter(j.nodes()::containsKey).sorted().toList();
        if (nodes.isEmpty()) {
            submit(GroupEdits.removal(j, transitions, Map.of()));
            return;
        }
        String journeyId = j.id();
        session.read(
                engine -> engine.listNodes(journeyId),
                summaries -> removeNodes(transitions, nodes, summaries),
                Failed.saying(
                        "Could not check who is in "
                                + String.join(", ", nodes)
                                + ", so nothing was removed: "));
    }

    private void removeNodes(
            List<String> transitions, List<String> nodes, List<NodeSummary> summaries) {
        Map<String, Long> users =
                summaries.stream()
                        .collect(
                                Collectors.toMap(
                                        NodeSummary::name, NodeSummary::usersHere, (a, b) -> a));
        Journey j = journey();
        if (j == null) {
            return;
        }
        Map<String, Dialogs.UsersFate> fates = new LinkedHashMap<>();
        for (String name : nodes) {
            long here = users.getOrDefault(name, 0L);
            if (here == 0) {
                fates.put(name, null);
                continue;
            }
            List<String> others =
                    j.nodes().keySet().stream()
                            .filter(n -> !n.equals(name) && !nodes.contains(n))
                            .toList();
            dialogs.askUsersFate(name, here, others).ifPresent(f -> fates.put(name, f));
        }
        submit(GroupEdits.removal(j, transitions, fates));
    }

    private void submit(Command command) {
        if (command != null) {
            session.submit(command);
        }
    }

    private Journey journey() {
        return session.journeyProperty().get();
    }
}
