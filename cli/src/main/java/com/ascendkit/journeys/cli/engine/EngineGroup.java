package com.ascendkit.journeys.cli.engine;

import com.ascendkit.journeys.cli.internal.CommandGroup;
import picocli.CommandLine.Command;

/** {@code ascendkit engine …}: the local journey engine. */
@Command(name = "engine", description = "Run the journey engine locally.")
public final class EngineGroup extends CommandGroup {}
