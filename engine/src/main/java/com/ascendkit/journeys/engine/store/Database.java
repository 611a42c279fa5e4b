package com.ascendkit.journeys.engine.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The engine's database: a pooled connection source, migrated by Flyway on open, and the {@link
 * Jdbi} every repository uses. Thread-safe. Closing it closes the pool (and so the H2 file).
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final HealthConnection health;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.health = new HealthConnection(dataSource);
        this.jdbi = Jdbi.create(dataSource);
    }

    /** Opens (creating when needed) and migrates the database that {@code config} names. */
    public static Database open(DatabaseConfig config) {
        if (config.isEmbedded()) {
            try {
                Files.createDirectories(config.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot create the data directory " + config.dataDir(), e);
            }
        }
        String url = config.effectiveUrl();
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        if (config.user() != null) {
            hikari.setUsername(config.user());
        }
        if (config.password() != null) {
            hikari.setPassword(config.password());
        }
        if (config.schema() != null) {
            hikari.setSchema(config.schema());
        }
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setPoolName("journeys");
        hikari.setAutoCommit(true);
        HikariDataSource ds = new HikariDataSource(hikari);
        try {
            Dialect dialect = Dialect.of(url);
            migrate(ds, config.schema(), dialect);
            return new Database(ds, dialect);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    private static void migrate(DataSource ds, String schema, Dialect dialect) {
        var flyway =
                Flyway.configure()
                        .dataSource(ds)
                        .locations("classpath:db/migration")
                        .placeholders(
                                Map.of("identityCache", dialect == Dialect.H2 ? "1000" : "1"));
        if (schema != null) {
            flyway.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        flyway.load().migrate();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * True when the database answers a query on a connection of its own, so that requests waiting
     * for the pool do not delay the answer (see {@link HealthConnection}).
     */
    public boolean answers() {
        return health.answers();
    }

    @Override
    public void close() {
        health.close();
        dataSource.close();
    }
}
