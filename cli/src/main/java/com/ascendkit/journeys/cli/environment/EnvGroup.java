package com.ascendkit.journeys.cli.environment;

import com.ascendkit.journeys.cli.internal.CommandGroup;
import picocli.CommandLine.Command;

/** {@code ascendkit env …}: environments and their keys in the credentials file. */
@Command(
        name = "env",
        description = "Create environments; their keys go to the credentials file (--env <name>).")
public final class EnvGroup extends CommandGroup {}
