package com.ascendkit.journeys.engine.api.fuzz;

import com.ascendkit.journeys.engine.store.DatabaseConfig;
import com.ascendkit.journeys.engine.store.TestDatabases;
import java.nio.file.Path;

class H2ApiFuzzTest extends ApiFuzzContractTest {
    @Override
    protected DatabaseConfig database(Path tempDir) {
        return TestDatabases.h2(tempDir);
    }
}
