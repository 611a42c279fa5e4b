package com.ascendkit.journeys.engine.runtime.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.runtime.timers.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyEventsTest {
    private final SimulatedClock clock = new SimulatedClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<Runnable> scheduled = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    private final JourneyEvents bus =
            new JourneyEvents(
                    clock,
                    (task, delay) -> {
                        scheduled.add(task);
                        delays.add(delay);
                    });
    private final List<String> received = new ArrayList<>();
    private final JourneyListener listener =
            new JourneyListener() {
                @Override
                public void journeyChanged(String journeyId, long version) {
                    received.add(journeyId + " v" + version);
                }

                @Override
                public void analyticsChanged(String journeyId) {
                    received.add(journeyId + " analytics");
                }
            };

    @Test
    void deliversJourneyChangesToThatJourneysListenersOnly() {
        bus.subscribe("jrn_a", listener);
        bus.journeyChanged("jrn_a", 3);
        bus.journeyChanged("jrn_b", 4);
        assertThat(received).containsExactly("jrn_a v3");
    }

    @Test
    void coalescesAnalyticsToOneDeliveryPerInterval() {
        bus.subscribe("jrn_a", listener);

        bus.analyticsChanged("jrn_a");
        clock.moveTo(clock.instant().plusMillis(400));
        for (int i = 0; i < 50; i++) {
            bus.analyticsChanged("jrn_a");
        }
        assertThat(received).containsExactly("jrn_a analytics");
        assertThat(scheduled).hasSize(1);
        assertThat(delays).containsExactly(Duration.ofMillis(600));

        clock.moveTo(clock.instant().plusMillis(600));
        scheduled.get(0).run();
        assertThat(received).containsExactly("jrn_a analytics", "jrn_a analytics");

        clock.moveTo(clock.instant().plusMillis(1000));
        bus.analyticsChanged("jrn_a");
        assertThat(received).hasSize(3);
        assertThat(scheduled).hasSize(1);
    }

    @Test
    void stopsDeliveringAfterSubscriptionIsClosed() {
        JourneyEvents.Subscription s = bus.subscribe("jrn_a", listener);
        s.close();
        bus.journeyChanged("jrn_a", 1);
        bus.analyticsChanged("jrn_a");
        assertThat(received).isEmpty();
    }
}
