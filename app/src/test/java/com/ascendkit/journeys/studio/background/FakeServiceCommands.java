package com.ascendkit.journeys.studio.background;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the {@code ascendkit} process: answers each verb as scripted and records what was
 * run, so no test installs a real service. Thread-safe (the window's executor runs it off the FX
 * thread).
 */
public final class FakeServiceCommands implements EngineServiceCommands {
    private final Map<String, Outcome> answers = new HashMap<>();
    private final List<String> ran = new CopyOnWriteArrayList<>();
    private volatile IOException failure;

    /** {@code status} says "not installed" (exit 1) until told otherwise. */
    public FakeServiceCommands() {
        answer(
                "status",
                1,
                "systemd user unit journey-engine.service: not installed\nstate: inactive");
    }

    public synchronized FakeServiceCommands answer(String verb, int exitCode, String output) {
        answers.put(verb, new Outcome(exitCode, output));
        return this;
    }

    /** Every later run fails to start, as when the launcher cannot be run. */
    public FakeServiceCommands failWith(IOException e) {
        failure = e;
        return this;
    }

    /** The verbs run so far, in order. */
    public List<String> ran() {
        return List.copyOf(ran);
    }

    @Override
    public synchronized Outcome run(String verb) throws IOException {
        ran.add(verb);
        if (failure != null) {
            throw failure;
        }
        return answers.getOrDefault(verb, new Outcome(0, ""));
    }
}
