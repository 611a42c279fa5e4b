package com.ascendkit.journeys.bench.flowable;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * Flowable's "email": records that the node's email was sent, in memory. It writes nothing to the
 * database, unlike the journey run-time, which writes a durable outbox row per email in the same
 * transaction: the comparison favours Flowable here.
 */
public final class RecordingEmail implements JavaDelegate {
    private static final Map<String, LongAdder> SENT = new ConcurrentHashMap<>();

    @Override
    public void execute(DelegateExecution execution) {
        SENT.computeIfAbsent(execution.getCurrentActivityId(), k -> new LongAdder()).increment();
    }

    /** Emails recorded for the node {@code activityId} so far. */
    public static long sent(String activityId) {
        LongAdder n = SENT.get(activityId);
        return n == null ? 0 : n.sum();
    }
}
