package com.ascendkit.journeys.bench;

import java.util.List;
import java.util.Set;

/**
 * The sizes of a run. The defaults keep one full run ({@code all}) within about ten minutes on a
 * 2-core machine; every size has a flag (see {@link BenchMain}).
 */
public record BenchOptions(
        long seed,
        int editNodes,
        int editSamples,
        int editWarmup,
        int getNodes,
        int getTransitions,
        int getSamples,
        int getWarmup,
        int validatorNodes,
        double validatorSeconds,
        int users,
        int warmupUsers,
        int batch,
        int clients,
        int repeat,
        int flowableWarmupUsers,
        List<Integer> analyticsUsers,
        int analyticsSamples,
        boolean postgres,
        String postgresUrl,
        String postgresUser,
        Set<Part> parts,
        int slowStreams,
        int slowBodies,
        int slowSeconds) {

    /** A benchmark that can be run on its own; {@code api} and {@code runtime} name groups. */
    public enum Part {
        EDITS,
        GET,
        VALIDATOR,
        EVENTS,
        HTTP,
        FLOWABLE,
        CLIENTS,
        ANALYTICS,
        EDITOR,
        /** Not in {@code all}: 2,000 sockets, on its own engine. */
        SLOW;

        public static final Set<Part> API = Set.of(EDITS, GET, VALIDATOR);
        public static final Set<Part> RUNTIME = Set.of(EVENTS, HTTP, CLIENTS, FLOWABLE, ANALYTICS);
    }

    public boolean runs(Part part) {
        return parts.contains(part);
    }
}
