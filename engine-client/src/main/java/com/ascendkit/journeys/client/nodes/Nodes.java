package com.ascendkit.journeys.client.nodes;

import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.RequestOptions;
import com.ascendkit.journeys.client.internal.ApiRequest;
import com.ascendkit.journeys.client.internal.Transport;
import com.ascendkit.journeys.model.api.NodeSummary;
import java.util.List;
import java.util.Objects;

/** The nodes of a journey, one incremental call per edit. Each change answers the journey. */
public final class Nodes {
    private final Transport transport;

    public Nodes(Transport transport) {
        this.transport = transport;
    }

    /** {@code GET /v1/journeys/{id}/nodes}: nodes with transition counts and users there now. */
    public List<NodeSummary> list(String journeyId) {
        return transport
                .decoder()
                .list(
                        transport.execute(ApiRequest.get("v1", "journeys", journeyId, "nodes")),
                        NodeSummary.class);
    }

    /** {@code POST /v1/journeys/{id}/nodes}. */
    public JourneyResult add(String journeyId, AddNodeRequest request) {
        return add(journeyId, request, RequestOptions.none());
    }

    /** {@code POST /v1/journeys/{id}/nodes} with options. */
    public JourneyResult add(String journeyId, AddNodeRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        return journey(
                ApiRequest.post("v1", "journeys", journeyId, "nodes")
                        .body(request)
                        .options(options));
    }

    /** {@code PATCH /v1/journeys/{id}/nodes/{name}}. */
    public JourneyResult update(String journeyId, String name, UpdateNodeRequest request) {
        return update(journeyId, name, request, RequestOptions.none());
    }

    /** {@code PATCH /v1/journeys/{id}/nodes/{name}} with options (retried only with If-Match). */
    public JourneyResult update(
            String journeyId, String name, UpdateNodeRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        return journey(
                ApiRequest.patch("v1", "journeys", journeyId, "nodes", name)
                        .body(request)
                        .options(options));
    }

    /** {@code DELETE /v1/journeys/{id}/nodes/{name}}: refused (409) while users are there. */
    public JourneyResult remove(String journeyId, String name) {
        return remove(journeyId, name, RemoveNodeOptions.none(), RequestOptions.none());
    }

    /** {@code DELETE /v1/journeys/{id}/nodes/{name}?force=&moveUsersTo=}. */
    public JourneyResult remove(String journeyId, String name, RemoveNodeOptions users) {
        return remove(journeyId, name, users, RequestOptions.none());
    }

    /** {@code DELETE /v1/journeys/{id}/nodes/{name}?force=&moveUsersTo=} with options. */
    public JourneyResult remove(
            String journeyId, String name, RemoveNodeOptions users, RequestOptions options) {
        ApiRequest call =
                ApiRequest.delete("v1", "journeys", journeyId, "nodes", name)
                        .query("force", users.force() ? "true" : null)
                        .query("moveUsersTo", users.moveUsersTo())
                        .options(options);
        return journey(call);
    }

    private JourneyResult journey(ApiRequest call) {
        return transport.decoder().journey(transport.execute(call), call.options());
    }
}
