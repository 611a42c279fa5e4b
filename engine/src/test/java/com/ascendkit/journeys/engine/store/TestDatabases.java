package com.ascendkit.journeys.engine.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Real databases for tests: an H2 file in a temporary directory, or a fresh schema in the
 * PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth). When PostgreSQL is unreachable its
 * tests are skipped with a printed notice, unless {@code JOURNEYS_REQUIRE_POSTGRES=1}, which CI
 * sets so that they never silently skip.
 */
public final class TestDatabases {
    public static final String POSTGRES_URL =
            System.getenv()
                    .getOrDefault(
                            "JOURNEYS_TEST_POSTGRES_URL",
                            "jdbc:postgresql://127.0.0.1:5432/postgres");
    public static final String POSTGRES_USER =
            System.getenv().getOrDefault("JOURNEYS_TEST_POSTGRES_USER", "postgres");

    private TestDatabases() {}

    /** The config of a new embedded H2 file database under {@code dir}. */
    public static DatabaseConfig h2(Path dir) {
        return DatabaseConfig.embedded(dir);
    }

    /** The config of a new, empty schema in the test PostgreSQL, or skips the test. */
    public static DatabaseConfig postgres() {
        assumePostgres();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return DatabaseConfig.jdbc(POSTGRES_URL, POSTGRES_USER, null)
                .withSchema(schema.toLowerCase(Locale.ROOT));
    }

    /**
     * Skips the calling test when PostgreSQL is unreachable (fails instead when CI requires it).
     */
    public static void assumePostgres() {
        String problem = postgresProblem();
        if (problem == null) {
            return;
        }
        if ("1".equals(System.getenv("JOURNEYS_REQUIRE_POSTGRES"))) {
            throw new IllegalStateException(
                    "PostgreSQL is required (JOURNEYS_REQUIRE_POSTGRES=1) but unreachable at "
                            + POSTGRES_URL
                            + ": "
                            + problem);
        }
        System.err.println(
                "NOTICE: skipping PostgreSQL tests, unreachable at "
                        + POSTGRES_URL
                        + ": "
                        + problem);
        Assumptions.abort("PostgreSQL unreachable at " + POSTGRES_URL);
    }

    private static volatile String cachedProblem;
    private static volatile boolean probed;

    private static String postgresProblem() {
        if (!probed) {
            synchronized (TestDatabases.class) {
                if (!probed) {
                    try (Connection c =
                            DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, null)) {
                        cachedProblem = c.isValid(5) ? null : "connection not valid";
                    } catch (SQLException e) {
                        cachedProblem = e.getMessage();
                    }
                    probed = true;
                }
            }
        }
        return cachedProblem;
    }
}
