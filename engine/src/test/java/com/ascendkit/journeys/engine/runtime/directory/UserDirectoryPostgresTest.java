package com.ascendkit.journeys.engine.runtime.directory;

import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.nio.file.Path;

class UserDirectoryPostgresTest extends UserDirectoryTest {
    @Override
    protected DatabaseConfig database(Path tempDir) {
        return postgres(tempDir);
    }
}
