package com.ascendkit.journeys.engine.errors;

/**
 * The change would take something beyond one of the engine's limits (a journey's node count): names
 * the limit, its maximum and the size the change would give.
 */
public final class LimitExceededException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final String limit;
    private final long max;
    private final long actual;

    public LimitExceededException(
            String field, String message, String limit, long max, long actual) {
        super(field, message);
        this.limit = limit;
        this.max = max;
        this.actual = actual;
    }

    /** The limit's name, as the engine's settings call it ({@code maxNodes}). */
    public String limit() {
        return limit;
    }

    public long max() {
        return max;
    }

    public long actual() {
        return actual;
    }
}
