package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.internal.CommandGroup;
import picocli.CommandLine.Command;

/** {@code ascendkit journey …}. */
@Command(name = "journey", description = "Create, inspect, edit and run journeys.")
public final class JourneyGroup extends CommandGroup {}
