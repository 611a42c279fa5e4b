package com.ascendkit.journeys.cli.survey;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.model.api.Survey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code survey put <slug> --title … --url …}: creates or replaces. */
@Command(name = "put", description = "Create or replace a survey.")
public final class PutSurvey extends EngineCommand {
    @Parameters(paramLabel = "<slug>", description = "The survey's slug (onboarding-nps).")
    String slug;

    @Option(names = "--title", required = true, description = "The survey's title.")
    String title;

    @Option(names = "--url", required = true, description = "Where the survey is answered.")
    String url;

    @Override
    protected void execute() {
        Survey saved = client().surveys().put(new Survey(slug, title, url));
        out().println("Saved survey " + saved.slug() + " \"" + saved.title() + "\"");
    }
}
