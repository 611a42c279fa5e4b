package com.ascendkit.journeys.studio.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.people.Step;
import com.ascendkit.journeys.client.people.UserPath;
import com.ascendkit.journeys.studio.editing.Trail;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrailsTest {
    private static final Instant NOW = Instant.parse("2026-12-08T10:30:00Z");
    private final StepTimes times = new StepTimes(Clock.fixed(NOW, ZoneOffset.UTC));

    private static Step step(
            long seq, String at, String kind, String node, String transition, String to) {
        return new Step(
                seq,
                Instant.parse("2026-12-08T" + at + "Z"),
                kind,
                node,
                1,
                transition,
                to,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                kind + " " + node);
    }

    /** Entered start, its action ran, moved to wait along "go", back to start along "again". */
    private static UserPath path(String status, List<UserPath.Waiting> waiting) {
        return new UserPath(
                "j",
                "ada",
                status,
                "start",
                null,
                null,
                null,
                waiting,
                List.of(
                        step(1, "10:00:00", "entered", "start", null, null),
                        step(2, "10:00:01", "action", "start", null, null),
                        step(3, "10:05:00", "moved", "start", "go", "wait"),
                        step(4, "10:20:00", "moved", "wait", "again", "start")));
    }

    @Test
    void litsOnlyTheEntryStepAtTheFirstStep() {
        Trail t = Trails.upTo(path("active", List.of()), 0, times);

        assertThat(t.visited()).isEqualTo(Map.of("start", "1 · 10:00:00"));
        assertThat(t.transitions()).isEmpty();
        assertThat(t.current()).isEqualTo("start");
    }

    @Test
    void litsTheArrowTakenAndTheStepReachedWhenMovedAlong() {
        Trail t = Trails.upTo(path("active", List.of()), 2, times);

        assertThat(t.visited()).containsEntry("wait", "2 · 10:05:00");
        assertThat(t.transitions()).containsExactly("go");
        assertThat(t.current()).isEqualTo("wait");
    }

    @Test
    void numbersEachVisitOfAStepVisitedTwice() {
        Trail t = Trails.upTo(path("active", List.of()), 3, times);

        assertThat(t.visited()).containsEntry("start", "1, 3 · 10:20:00");
        assertThat(t.transitions()).containsExactlyInAnyOrder("go", "again");
    }

    @Test
    void notesTheEarliestTimersDueTimeAtThePathsEnd() {
        List<UserPath.Waiting> waiting =
                List.of(
                        new UserPath.Waiting(
                                "late", "later", Instant.parse("2026-12-09T09:00:00Z")),
                        new UserPath.Waiting(
                                "soon", "reminder", Instant.parse("2026-12-08T11:00:00Z")));

        assertThat(Trails.upTo(path("active", waiting), 3, times).note())
                .isEqualTo("due 11:00:00 → reminder");
        assertThat(Trails.upTo(path("active", waiting), 2, times).note()).isNull();
    }

    @Test
    void saysTheDayOfATimeNotToday() {
        assertThat(times.at(Instant.parse("2026-12-03T08:15:00Z"))).isEqualTo("3 Dec 08:15");
    }

    @Test
    void litsNothingForAPathWithoutSteps() {
        UserPath empty = new UserPath("j", "ada", "active", "start", null, null, null, null, null);

        assertThat(Trails.upTo(empty, 0, times)).isEqualTo(Trail.NONE);
    }
}
