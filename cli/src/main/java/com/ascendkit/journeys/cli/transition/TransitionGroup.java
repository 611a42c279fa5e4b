package com.ascendkit.journeys.cli.transition;

import com.ascendkit.journeys.cli.internal.CommandGroup;
import picocli.CommandLine.Command;

/** {@code ascendkit journey transition …}. */
@Command(name = "transition", description = "List, add, update and remove a journey's transitions.")
public final class TransitionGroup extends CommandGroup {}
