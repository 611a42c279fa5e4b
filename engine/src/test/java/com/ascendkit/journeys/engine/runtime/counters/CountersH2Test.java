package com.ascendkit.journeys.engine.runtime.counters;

import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.nio.file.Path;

class CountersH2Test extends CountersTest {
    @Override
    protected DatabaseConfig database(Path tempDir) {
        return h2(tempDir);
    }
}
