package com.ascendkit.journeys.bench.slow;

import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.environments.IssuedKeys;
import com.ascendkit.journeys.engine.journeys.JourneyDraft;
import com.ascendkit.journeys.engine.store.Transactions;
import com.ascendkit.journeys.model.ReEntryPolicy;

/** The journey the benchmark's streams watch: a draft, made in process. */
final class SlowJourney {
    private SlowJourney() {}

    static String create(Engine engine, IssuedKeys keys) {
        return Transactions.inTransaction(
                        engine.database(),
                        h ->
                                engine.services()
                                        .journeys()
                                        .create(
                                                h,
                                                keys.environmentId(),
                                                JourneyDraft.start(
                                                        "Watched",
                                                        "user.created",
                                                        null,
                                                        "start",
                                                        ReEntryPolicy.SKIP)))
                .journey()
                .id();
    }
}
