package com.ascendkit.journeys.engine.runtime.timers;

import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.nio.file.Path;

class TimerFiringH2Test extends TimerFiringTest {
    @Override
    protected DatabaseConfig database(Path tempDir) {
        return h2(tempDir);
    }
}
