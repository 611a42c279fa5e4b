package com.ascendkit.journeys.engine.runtime.people;

import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.nio.file.Path;

class JourneyPeoplePostgresTest extends JourneyPeopleTest {
    @Override
    protected DatabaseConfig database(Path tempDir) {
        return postgres(tempDir);
    }
}
