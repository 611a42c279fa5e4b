package com.ascendkit.journeys.engine.api.runtime;

import com.ascendkit.journeys.engine.store.DatabaseConfig;
import com.ascendkit.journeys.engine.store.TestDatabases;
import java.nio.file.Path;

class PostgresPeopleTest extends PeopleContractTest {
    @Override
    protected DatabaseConfig database(Path tempDir) {
        return TestDatabases.postgres();
    }
}
