package com.ascendkit.journeys.engine.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One connection of its own for {@code GET /v1/health}, beside the engine's pool: a burst of
 * requests queued for the pool (a thousand clients authenticating at once) must not make the health
 * check wait behind them and report a live database as slow or down. Opened lazily, so an engine
 * that is never asked about its health holds no extra connection. Thread-safe.
 */
final class HealthConnection implements AutoCloseable {
    private static final long TIMEOUT_MILLIS = 2_000;

    private final HikariDataSource source;

    HealthConnection(HikariDataSource pool) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(pool.getJdbcUrl());
        c.setUsername(pool.getUsername());
        c.setPassword(pool.getPassword());
        c.setSchema(pool.getSchema());
        c.setMaximumPoolSize(1);
        c.setMinimumIdle(0);
        c.setConnectionTimeout(TIMEOUT_MILLIS);
        c.setInitializationFailTimeout(-1);
        c.setPoolName("journeys-health");
        this.source = new HikariDataSource(c);
    }

    /** True when the database answers {@code SELECT 1}. */
    boolean answers() {
        try (Connection c = source.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT 1")) {
            return r.next() && r.getInt(1) == 1;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        source.close();
    }
}
