package com.ascendkit.journeys.engine.runtime.events;

import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.nio.file.Path;

class EventProcessorPostgresTest extends EventProcessorTest {
    @Override
    protected DatabaseConfig database(Path tempDir) {
        return postgres(tempDir);
    }
}
