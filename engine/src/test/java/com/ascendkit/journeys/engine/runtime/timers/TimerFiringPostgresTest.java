package com.ascendkit.journeys.engine.runtime.timers;

import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.nio.file.Path;

class TimerFiringPostgresTest extends TimerFiringTest {
    @Override
    protected DatabaseConfig database(Path tempDir) {
        return postgres(tempDir);
    }
}
