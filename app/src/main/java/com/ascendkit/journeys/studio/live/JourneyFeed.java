package com.ascendkit.journeys.studio.live;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.studio.sync.Failed;
import com.ascendkit.journeys.studio.sync.JourneyGateway;
import com.ascendkit.journeys.studio.sync.JourneySession;
import com.ascendkit.journeys.studio.sync.JourneyWatcher;
import com.ascendkit.journeys.studio.sync.TaskExecutor;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the open journey's event stream ({@code GET /v1/journeys/{id}/stream}): a {@code journey}
 * event beyond the editor's version reloads the journey (an edit made with the CLI or another
 * window appears on the canvas), an {@code analytics} event reads the counts again (and where users
 * failed, when some have). The stream's callbacks come on an OkHttp thread and reach the UI thread
 * only through {@link TaskExecutor#post}. A stream that ends is opened again after two seconds.
 */
public final class JourneyFeed {
    private static final Logger LOG = LoggerFactory.getLogger(JourneyFeed.class);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final JourneySession session;
    private final TaskExecutor executor;
    private final AnalyticsViewModel analytics;
    private final FailuresViewModel failures;
    private JourneyGateway.Watch watch;
    private String following;
    private long generation;
    private final java.util.List<Runnable> analyticsFollowers = new java.util.ArrayList<>();

    /** {@code executor} brings the stream's callbacks to the UI thread. */
    public JourneyFeed(
            JourneySession session,
            TaskExecutor executor,
            AnalyticsViewModel analytics,
            FailuresViewModel failures) {
        this.session = session;
        this.executor = executor;
        this.analytics = analytics;
        this.failures = failures;
    }

    /**
     * {@code follower} runs on the UI thread on each {@code analytics} event of the open journey
     * (the replayed user may have moved).
     */
    public void onAnalyticsChanged(Runnable follower) {
        analyticsFollowers.add(follower);
    }

    /** From now on follows whichever journey is open (the window turns this on). */
    public void start() {
        session.serverJourneyProperty().addListener((o, a, b) -> follow(id(b)));
        follow(id(session.serverJourneyProperty().get()));
    }

    private static String id(Journey j) {
        return j == null ? null : j.id();
    }

    private void follow(String journeyId) {
        if (Objects.equals(journeyId, following)) {
            return;
        }
        stop();
        following = journeyId;
        if (journeyId == null) {
            return;
        }
        long gen = generation;
        JourneyWatcher watcher =
                new JourneyWatcher() {
                    @Override
                    public void journeyChanged(long version) {
                        executor.post(
                                () -> {
                                    if (gen == generation) {
                                        session.changedTo(version);
                                    }
                                });
                    }

                    @Override
                    public void analyticsChanged(long failed) {
                        executor.post(
                                () -> {
                                    if (gen == generation) {
                                        analytics.countsChanged();
                                        failures.countsChanged(failed);
                                        analyticsFollowers.forEach(Runnable::run);
                                    }
                                });
                    }

                    @Override
                    public void ended(String reason) {
                        executor.post(
                                () -> {
                                    if (gen == generation) {
                                        LOG.debug(
                                                "Journey stream ended ({}); opening it again",
                                                reason);
                                        following = null;
                                        executor.schedule(
                                                RETRY,
                                                () -> {
                                                    if (gen == generation) {
                                                        follow(
                                                                id(
                                                                        session.serverJourneyProperty()
                                                                                .get()));
                                                    }
                                                });
                                    }
                                });
                    }
                };
        session.read(
                engine -> engine.watch(journeyId, watcher),
                w -> {
                    if (gen == generation) {
                        watch = w;
                    } else {
                        w.cancel();
                    }
                },
                Failed.shownIn(watcher::ended, ""));
    }

    /** Stops following. */
    public void stop() {
        generation++;
        following = null;
        if (watch != null) {
            watch.cancel();
            watch = null;
        }
    }
}
