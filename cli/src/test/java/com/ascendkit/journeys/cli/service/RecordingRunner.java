package com.ascendkit.journeys.cli.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Records the commands it is asked to run and answers from a script (default: exit 0). */
final class RecordingRunner implements CommandRunner {
    final List<List<String>> commands = new ArrayList<>();
    private final Map<List<String>, Outcome> answers = new HashMap<>();

    RecordingRunner answer(List<String> command, int exitCode, String output) {
        answers.put(command, new Outcome(exitCode, output));
        return this;
    }

    @Override
    public Outcome run(List<String> command) {
        commands.add(List.copyOf(command));
        return answers.getOrDefault(command, new Outcome(0, ""));
    }
}
