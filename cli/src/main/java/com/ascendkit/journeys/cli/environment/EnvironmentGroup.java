package com.ascendkit.journeys.cli.environment;

import com.ascendkit.journeys.cli.internal.CommandGroup;
import picocli.CommandLine.Command;

/** {@code ascendkit environment …}: the settings of the key's environment. */
@Command(
        name = "environment",
        description = "The current environment's settings: default sender, template variables.")
public final class EnvironmentGroup extends CommandGroup {}
