package com.ascendkit.journeys.engine.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.model.InvalidInputException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchSplitTest {

    private static Integer parse(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("event", "not a number: " + s);
        }
    }

    @Test
    void readsInOrderAndMergesRefusalsBackIntoTheirPlaces() {
        BatchSplit<Integer, InvalidInputException> split =
                BatchSplit.of(
                        List.of("1", "x", "3", "y", "5"),
                        InvalidInputException.class,
                        BatchSplitTest::parse);

        assertThat(split.read()).containsExactly(1, 3, 5);
        List<String> merged =
                split.merge(
                        List.of("one", "three", "five"),
                        (i, outcome) -> i + ":" + outcome,
                        (i, refusal) -> i + ":refused " + refusal.field());
        assertThat(merged)
                .containsExactly(
                        "0:one", "1:refused event", "2:three", "3:refused event", "4:five");
    }

    @Test
    void mergesABatchWhoseEveryItemWasRefused() {
        BatchSplit<Integer, InvalidInputException> split =
                BatchSplit.of(
                        List.of("a", "b"), InvalidInputException.class, BatchSplitTest::parse);

        assertThat(split.read()).isEmpty();
        assertThat(split.merge(List.<String>of(), (i, o) -> "accepted", (i, e) -> "refused " + i))
                .containsExactly("refused 0", "refused 1");
    }

    @Test
    void throwsOnWhatIsNotARefusal() {
        assertThatThrownBy(
                        () ->
                                BatchSplit.of(
                                        List.of("1", "boom"),
                                        InvalidInputException.class,
                                        s -> {
                                            if (s.equals("boom")) {
                                                throw new IllegalStateException("boom");
                                            }
                                            return s;
                                        }))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnEmptyBatchAndOneOfMoreThanTheMostNamingTheCount() {
        List<String> tooMany = Collections.nCopies(BatchSplit.MAX_EVENTS + 1, "1");

        assertThatThrownBy(() -> BatchSplit.of(List.of(), InvalidInputException.class, s -> s))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("'events' must hold 1 to 1000 events, not 0");
        assertThatThrownBy(() -> BatchSplit.of(tooMany, InvalidInputException.class, s -> s))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("'events' must hold 1 to 1000 events, not 1001")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("events");
        assertThat(
                        BatchSplit.of(
                                        Collections.nCopies(BatchSplit.MAX_EVENTS, "1"),
                                        InvalidInputException.class,
                                        BatchSplitTest::parse)
                                .read())
                .hasSize(BatchSplit.MAX_EVENTS);
    }

    @Test
    void refusesOutcomesThatDoNotMatchTheEventsRead() {
        BatchSplit<Integer, InvalidInputException> split =
                BatchSplit.of(
                        List.of("1", "2"), InvalidInputException.class, BatchSplitTest::parse);

        assertThatThrownBy(() -> split.merge(List.of("one"), (i, o) -> o, (i, e) -> "refused"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
