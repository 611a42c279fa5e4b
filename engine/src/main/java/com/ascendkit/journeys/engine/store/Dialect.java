package com.ascendkit.journeys.engine.store;

/** The two databases the engine runs on. Most SQL is shared; the few differences ask this. */
public enum Dialect {
    H2,
    POSTGRESQL;

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException(
                "unsupported database URL (use jdbc:postgresql:… or the embedded H2): " + jdbcUrl);
    }
}
