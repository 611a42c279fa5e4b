package com.ascendkit.journeys.engine.runtime.people;

import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.nio.file.Path;

class JourneyPeopleH2Test extends JourneyPeopleTest {
    @Override
    protected DatabaseConfig database(Path tempDir) {
        return h2(tempDir);
    }
}
