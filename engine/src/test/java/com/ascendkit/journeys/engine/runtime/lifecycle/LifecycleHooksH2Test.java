package com.ascendkit.journeys.engine.runtime.lifecycle;

import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.nio.file.Path;

class LifecycleHooksH2Test extends LifecycleHooksTest {
    @Override
    protected DatabaseConfig database(Path tempDir) {
        return h2(tempDir);
    }
}
