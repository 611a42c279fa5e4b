package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.internal.CommandGroup;
import com.ascendkit.journeys.cli.node.NodeGroup;
import com.ascendkit.journeys.cli.transition.TransitionGroup;
import picocli.CommandLine.Command;

/** {@code ascendkit journey …}. */
@Command(
        name = "journey",
        description = "Create, inspect, edit and run journeys.",
        subcommands = {
            CreateJourney.class,
            ShowJourney.class,
            ListJourneys.class,
            UpdateJourney.class,
            ActivateJourney.class,
            PauseJourney.class,
            ArchiveJourney.class,
            RemoveJourney.class,
            ShowAnalytics.class,
            ExportJourney.class,
            ImportJourney.class,
            NodeGroup.class,
            TransitionGroup.class
        })
public final class JourneyGroup extends CommandGroup {}
