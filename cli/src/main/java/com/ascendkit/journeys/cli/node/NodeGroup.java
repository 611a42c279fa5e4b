package com.ascendkit.journeys.cli.node;

import com.ascendkit.journeys.cli.internal.CommandGroup;
import picocli.CommandLine.Command;

/** {@code ascendkit journey node …}. */
@Command(name = "node", description = "List, add, update and remove a journey's nodes.")
public final class NodeGroup extends CommandGroup {}
