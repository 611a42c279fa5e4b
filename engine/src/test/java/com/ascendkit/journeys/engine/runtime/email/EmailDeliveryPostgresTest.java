package com.ascendkit.journeys.engine.runtime.email;

import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.nio.file.Path;

class EmailDeliveryPostgresTest extends EmailDeliveryTest {
    @Override
    protected DatabaseConfig database(Path tempDir) {
        return postgres(tempDir);
    }
}
