package com.ascendkit.journeys.bench;

import java.util.List;

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
        int httpBatch,
        int flowableWarmupUsers,
        List<Integer> analyticsUsers,
        int analyticsSamples,
        boolean postgres,
        String postgresUrl,
        String postgresUser,
        boolean flowable) {}
