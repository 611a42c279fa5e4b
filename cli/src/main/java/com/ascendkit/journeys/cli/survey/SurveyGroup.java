package com.ascendkit.journeys.cli.survey;

import com.ascendkit.journeys.cli.internal.CommandGroup;
import picocli.CommandLine.Command;

/** {@code ascendkit survey …}: surveys a send_email node can link to. */
@Command(name = "survey", description = "Surveys that send_email nodes link to ({{surveyLink}}).")
public final class SurveyGroup extends CommandGroup {}
