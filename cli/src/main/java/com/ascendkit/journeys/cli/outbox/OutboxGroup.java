package com.ascendkit.journeys.cli.outbox;

import com.ascendkit.journeys.cli.internal.CommandGroup;
import picocli.CommandLine.Command;

/** {@code ascendkit outbox …}. */
@Command(name = "outbox", description = "Emails the journeys sent or are sending.")
public final class OutboxGroup extends CommandGroup {}
