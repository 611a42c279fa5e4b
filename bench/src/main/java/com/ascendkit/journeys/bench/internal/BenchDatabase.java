package com.ascendkit.journeys.bench.internal;

import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fresh database for one measurement, removed on close: the engine's embedded H2 file (in
 * PostgreSQL mode, {@code WRITE_DELAY=0}) in a temporary directory, or a new schema in a PostgreSQL
 * server (its defaults: {@code synchronous_commit=on}).
 */
public final class BenchDatabase implements AutoCloseable {
    private final String label;
    private final DatabaseConfig config;
    private final Path dir;
    private final String postgresUrl;
    private final String postgresUser;

    private BenchDatabase(
            String label, DatabaseConfig config, Path dir, String postgresUrl, String user) {
        this.label = label;
        this.config = config;
        this.dir = dir;
        this.postgresUrl = postgresUrl;
        this.postgresUser = user;
    }

    public static BenchDatabase h2() {
        try {
            Path dir = Files.createTempDirectory("journeys-bench-h2-");
            return new BenchDatabase("H2 file", DatabaseConfig.embedded(dir), dir, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
    }

    /** A new schema in the PostgreSQL at {@code url}; fails if it cannot be reached. */
    public static BenchDatabase postgres(String url, String user) {
        String problem = problemReaching(url, user);
        if (problem != null) {
            throw new IllegalStateException("PostgreSQL unreachable at " + url + ": " + problem);
        }
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DatabaseConfig config =
                DatabaseConfig.jdbc(url, user, null).withSchema(schema.toLowerCase(Locale.ROOT));
        return new BenchDatabase("PostgreSQL", config, null, url, user);
    }

    /** Why PostgreSQL at {@code url} cannot be used, or null when it can. */
    public static String problemReaching(String url, String user) {
        try (Connection c = DriverManager.getConnection(url, user, null)) {
            return c.isValid(5) ? null : "connection not valid";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    /**
     * After a warm-up on PostgreSQL: gathers the statistics autovacuum gathers within a minute of a
     * table's first rows. The benchmark's schema is seconds old, and without statistics the planner
     * reads a fresh table as a handful of rows and answers the run-time's {@code env = ? AND id IN
     * (…)} by scanning every user of the environment (measured: 30-70 ms instead of under 1 ms at
     * 30,000 users), which no engine older than a minute sees. Nothing on H2.
     */
    public void settle() {
        if (dir != null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(postgresUrl, postgresUser, null);
                Statement s = c.createStatement()) {
            for (String table :
                    new String[] {
                        "users",
                        "user_journey_states",
                        "user_visits",
                        "journey_timers",
                        "email_outbox",
                        "journeys"
                    }) {
                s.execute("ANALYZE " + config.schema() + "." + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot analyze schema " + config.schema(), e);
        }
    }

    /** "H2 file" or "PostgreSQL". */
    public String label() {
        return label;
    }

    public DatabaseConfig config() {
        return config;
    }

    /** The directory of the H2 file (null for PostgreSQL). */
    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        if (dir != null) {
            deleteTree(dir);
            return;
        }
        try (Connection c = DriverManager.getConnection(postgresUrl, postgresUser, null);
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + config.schema() + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop schema " + config.schema(), e);
        }
    }

    public static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
