package com.ascendkit.journeys.engine.api;

import java.util.Map;

/**
 * How large a request body each route takes (413 {@code payload_too_large} beyond). One size does
 * not fit: a whole journey (create, import, PATCH, which may carry every node and transition) must
 * take the largest journey the {@code journeys.JourneyLimits} allow, while a call that carries one
 * node, one transition or one event needs a few kilobytes and, for the publishable-key route {@code
 * POST /v1/events/track}, should be cheap to refuse. The figures and their reasons are in {@code
 * docs/engine.md} ("Limits").
 */
public final class BodyLimits {
    /** 1 MiB: every route not named below (templates, surveys, batches, settings). */
    public static final int DEFAULT_BYTES = 1 << 20;

    /**
     * 16 MiB: a journey at the default limits (10,000 nodes, 20,000 transitions) is about 4 MiB of
     * compact JSON with everyday names (7 MiB indented), and under 16 MiB (16,671,466 bytes
     * indented) with every name, event and slug at its longest.
     */
    public static final int JOURNEY_BYTES = 16 << 20;

    /** 64 KiB: one node, one transition or one event (its properties included). */
    public static final int ONE_ITEM_BYTES = 64 << 10;

    private static final String JOURNEY = "/v1/journeys/{id}";

    private static final Map<String, Integer> BY_ROUTE =
            Map.of(
                    "POST /v1/journeys",
                    JOURNEY_BYTES,
                    "POST /v1/journeys/import",
                    JOURNEY_BYTES,
                    "PATCH " + JOURNEY,
                    JOURNEY_BYTES,
                    "POST " + JOURNEY + "/nodes",
                    ONE_ITEM_BYTES,
                    "PATCH " + JOURNEY + "/nodes/{name}",
                    ONE_ITEM_BYTES,
                    "POST " + JOURNEY + "/transitions",
                    ONE_ITEM_BYTES,
                    "PATCH " + JOURNEY + "/transitions/{name}",
                    ONE_ITEM_BYTES,
                    "POST /v1/events/track",
                    ONE_ITEM_BYTES,
                    "POST /v1/events/system",
                    ONE_ITEM_BYTES);

    private BodyLimits() {}

    /** The limit of the route {@code method} {@code path} (an OpenAPI-style path pattern). */
    public static int of(String method, String path) {
        return BY_ROUTE.getOrDefault(method + " " + path, DEFAULT_BYTES);
    }

    /** The largest limit of any route: what the HTTP server itself must let through. */
    public static int largest() {
        return JOURNEY_BYTES;
    }

    /** "16 MiB", "64 KiB", for messages. */
    public static String describe(int bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
    }
}
