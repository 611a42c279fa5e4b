package com.ascendkit.journeys.engine.runtime;

import com.ascendkit.journeys.engine.store.DatabaseConfig;
import com.ascendkit.journeys.engine.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base of run-time tests that run on both databases: each test class is abstract and subclassed
 * once per database ({@code …H2Test}, {@code …PostgresTest}).
 */
public abstract class RuntimeTestCase {
    @TempDir protected Path dir;
    protected RuntimeFixture fx;

    /** The database of this subclass. */
    protected abstract DatabaseConfig database(Path tempDir);

    /** Override to change the run-time's settings (SMTP, retries…). */
    protected void configure(RuntimeSettings.Builder settings) {}

    @BeforeEach
    void openFixture() {
        fx = new RuntimeFixture(database(dir), this::configure);
    }

    @AfterEach
    void closeFixture() {
        if (fx != null) {
            fx.close();
        }
    }

    protected static DatabaseConfig h2(Path dir) {
        return TestDatabases.h2(dir);
    }

    protected static DatabaseConfig postgres(Path dir) {
        return TestDatabases.postgres();
    }
}
