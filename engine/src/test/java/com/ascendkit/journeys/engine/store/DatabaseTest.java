package com.ascendkit.journeys.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir Path dir;

    @Test
    void migratesEmbeddedH2FileOnOpen() {
        try (Database db = Database.open(TestDatabases.h2(dir))) {
            assertThat(db.dialect()).isEqualTo(Dialect.H2);
            assertThat(countEnvironments(db)).isZero();
        }
        assertThat(dir.resolve("journeys.mv.db")).exists();
    }

    @Test
    void keepsDataAcrossReopenOfTheSameFile() {
        try (Database db = Database.open(TestDatabases.h2(dir))) {
            db.jdbi()
                    .useHandle(
                            h ->
                                    h.execute(
                                            "INSERT INTO environments VALUES ('env_1', 'kept', NULL, '{}', CURRENT_TIMESTAMP)"));
        }
        try (Database db = Database.open(TestDatabases.h2(dir))) {
            assertThat(countEnvironments(db)).isEqualTo(1);
        }
    }

    @Test
    void migratesAFreshPostgresSchema() {
        try (Database db = Database.open(TestDatabases.postgres())) {
            assertThat(db.dialect()).isEqualTo(Dialect.POSTGRESQL);
            assertThat(countEnvironments(db)).isZero();
        }
    }

    private static int countEnvironments(Database db) {
        return db.jdbi()
                .withHandle(
                        h ->
                                h.createQuery("SELECT COUNT(*) FROM environments")
                                        .mapTo(Integer.class)
                                        .one());
    }
}
