package com.ascendkit.journeys.engine.store;

import java.nio.file.Path;

/**
 * Where the engine keeps its data: an embedded H2 file under {@code dataDir} (the default), or the
 * database a JDBC URL names (PostgreSQL). {@code schema} isolates tests sharing one PostgreSQL.
 */
public record DatabaseConfig(
        Path dataDir, String jdbcUrl, String user, String password, String schema, int poolSize) {

    public static DatabaseConfig embedded(Path dataDir) {
        return new DatabaseConfig(dataDir, null, null, null, null, 10);
    }

    public static DatabaseConfig jdbc(String url, String user, String password) {
        return new DatabaseConfig(null, url, user, password, null, 10);
    }

    public DatabaseConfig withSchema(String newSchema) {
        return new DatabaseConfig(dataDir, jdbcUrl, user, password, newSchema, poolSize);
    }

    public DatabaseConfig withPoolSize(int newPoolSize) {
        return new DatabaseConfig(dataDir, jdbcUrl, user, password, schema, newPoolSize);
    }

    public boolean isEmbedded() {
        return jdbcUrl == null;
    }

    /**
     * The H2 URL of the embedded database. {@code WRITE_DELAY=0} makes a commit reach the file
     * before it returns, so an acknowledged change survives {@code kill -9} (H2's default of 500 ms
     * loses it). PostgreSQL mode keeps one SQL dialect for both databases. {@code QUERY_CACHE_SIZE}
     * (H2's default is 8 per connection) keeps the run-time's few dozen statements parsed.
     */
    public String effectiveUrl() {
        if (!isEmbedded()) {
            return jdbcUrl;
        }
        Path file = dataDir.toAbsolutePath().resolve("journeys");
        return "jdbc:h2:file:"
                + file
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=128";
    }
}
