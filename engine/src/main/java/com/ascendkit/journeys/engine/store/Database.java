package com.ascendkit.journeys.engine.store;

import com.ascendkit.journeys.engine.files.DataDirectory;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's database: a pooled connection source, migrated by Flyway on open, and the {@link
 * Jdbi} every repository uses. Thread-safe. Closing it closes the pool (and so the H2 file). The
 * embedded database's directory and files are made owner-only ({@link DataDirectory}); a directory
 * found open to others is tightened with a warning in the log.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final HealthConnection health;
    private final Path dataDir;

    private Database(HikariDataSource dataSource, Dialect dialect, Path dataDir) {
        this.dataSource = dataSource;
        this.dataDir = dataDir;
        this.dialect = dialect;
        this.health = new HealthConnection(dataSource);
        this.jdbi = Jdbi.create(dataSource);
    }

    /** Opens (creating when needed) and migrates the database that {@code config} names. */
    public static Database open(DatabaseConfig config) {
        if (config.isEmbedded()) {
            DataDirectory.prepare(config.dataDir()).forEach(LOG::warn);
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
            if (config.isEmbedded()) {
                // H2 made its files with the process's umask (often 0644).
                DataDirectory.tightenQuietly(config.dataDir()).forEach(LOG::warn);
            }
            return new Database(ds, dialect, config.isEmbedded() ? config.dataDir() : null);
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
        if (dataDir != null) {
            // H2 writes journeys.trace.db while it runs, with the umask's mode: inside the 0700
            // directory meanwhile, owner-only from here on.
            try {
                DataDirectory.tightenQuietly(dataDir).forEach(LOG::warn);
            } catch (UncheckedIOException e) {
                LOG.warn("{}: {}", e.getMessage(), e.getCause().getMessage());
            }
        }
    }
}
