package com.ascendkit.journeys.studio;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs when the window reached its start-up milestones, once each: {@code startup: first frame at
 * <ms> ms after JVM start (epoch <ms>)} and {@code startup: editable at …}. The epoch lets a
 * benchmark subtract the moment it launched the process (bench/startup.sh, the installers' test);
 * the milliseconds since the JVM's start leave out what ran before it (a launcher script).
 */
final class StartupTimes {
    private static final Logger LOG = LoggerFactory.getLogger(StartupTimes.class);

    private final AtomicBoolean firstFrame = new AtomicBoolean();
    private final AtomicBoolean editable = new AtomicBoolean();

    /**
     * Logs the first frame of {@code scene}: the first pulse that lays it out after the window is
     * shown (the render thread draws it right after that pulse).
     */
    void logFirstFrame(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] =
                () -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    log(firstFrame, "first frame");
                };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /**
     * Logs "editable" when {@code running} (the editor's unfinished background tasks, on the FX
     * thread) is 0 once the editor has asked for its journeys: the journey list is loaded and the
     * journey to open is open.
     */
    void logEditableWhenIdle(ObservableValue<Number> running) {
        if (running.getValue().intValue() == 0) {
            log(editable, "editable");
            return;
        }
        running.addListener(
                new ChangeListener<>() {
                    @Override
                    public void changed(
                            ObservableValue<? extends Number> o, Number before, Number now) {
                        if (now.intValue() == 0) {
                            running.removeListener(this);
                            log(editable, "editable");
                        }
                    }
                });
    }

    /** Milliseconds since the JVM started. */
    static long sinceJvmStart() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    private static void log(AtomicBoolean once, String milestone) {
        if (once.compareAndSet(false, true)) {
            LOG.info(
                    "startup: {} at {} ms after JVM start (epoch {})",
                    milestone,
                    sinceJvmStart(),
                    System.currentTimeMillis());
        }
    }
}
