package com.ascendkit.journeys.studio.dialogs;

import com.ascendkit.journeys.model.api.Identity;
import com.ascendkit.journeys.model.api.Survey;
import com.ascendkit.journeys.model.api.Template;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the view models' questions from a script, and records what was asked. */
public final class ScriptedDialogs implements Dialogs {
    public boolean confirmAnswer = true;
    public String typedAnswer = "";
    public Optional<UsersFate> fate = Optional.empty();
    public Optional<NewJourney> newJourney = Optional.empty();
    public Optional<Survey> newSurvey = Optional.empty();
    public Optional<Identity> newIdentity = Optional.empty();
    public QuitChoice quitChoice = QuitChoice.CANCEL;
    public Optional<Path> pngFile = Optional.empty();
    public Optional<Path> exportFile = Optional.empty();
    public Optional<RemoteEngine> remoteEngine = Optional.empty();
    public Optional<Path> importFile = Optional.empty();
    public final List<String> asked = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message) {
        asked.add(title + ": " + message);
        return confirmAnswer;
    }

    @Override
    public boolean confirmTyped(String title, String message, String expected) {
        asked.add(title + ": " + message);
        return typedAnswer.equals(expected);
    }

    @Override
    public Optional<UsersFate> askUsersFate(String node, long users, List<String> otherNodes) {
        asked.add("fate of " + users + " in " + node + " " + otherNodes);
        return fate;
    }

    @Override
    public Optional<Survey> askNewSurvey() {
        asked.add("new survey");
        return newSurvey;
    }

    @Override
    public Optional<Identity> askNewIdentity() {
        asked.add("new identity");
        return newIdentity;
    }

    @Override
    public Optional<NewJourney> askNewJourney(List<Template> templates) {
        asked.add("new journey");
        return newJourney;
    }

    @Override
    public Optional<Path> askPngFile(String suggested) {
        asked.add("png: " + suggested);
        return pngFile;
    }

    @Override
    public Optional<Path> askExportFile(String suggested) {
        asked.add("export: " + suggested);
        return exportFile;
    }

    @Override
    public Optional<Path> askImportFile() {
        asked.add("import");
        return importFile;
    }

    @Override
    public Optional<RemoteEngine> askRemoteEngine(String suggestedUrl, String keyHint) {
        asked.add("remote engine: " + suggestedUrl + " / " + keyHint);
        return remoteEngine;
    }

    @Override
    public QuitChoice askQuitWithEngine(String message) {
        asked.add("quit: " + message);
        return quitChoice;
    }
}
