package com.ascendkit.journeys.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagesTest {
    /** A list of {@code total} numbers served in pages of at most {@code pageMax}. */
    private record Served(int total, int pageMax, List<Integer> asked) {
        Pages.Page<Integer> read(int size, String cursor) {
            asked.add(size);
            int from = cursor == null ? 0 : Integer.parseInt(cursor);
            int to = Math.min(total, from + Math.min(size, pageMax));
            List<Integer> items = IntStream.range(from, to).boxed().toList();
            return new Pages.Page<>(items, to < total ? String.valueOf(to) : null);
        }
    }

    @Test
    void followsTheCursorUntilTheLimit() {
        Served served = new Served(10, 3, new ArrayList<>());

        Pages.Collected<Integer> got = Pages.upTo(7, served::read);

        assertThat(got.items()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(got.nextCursor()).isEqualTo("7");
        assertThat(served.asked()).containsExactly(7, 4, 1);
    }

    @Test
    void stopsAtTheLastPage() {
        Pages.Collected<Integer> got = Pages.upTo(50, new Served(4, 3, new ArrayList<>())::read);

        assertThat(got.items()).containsExactly(0, 1, 2, 3);
        assertThat(got.nextCursor()).isNull();
    }

    @Test
    void asksNoPageLargerThanTheEnginesMaximum() {
        Served served = new Served(1200, 1000, new ArrayList<>());

        Pages.upTo(1200, served::read);

        assertThat(served.asked()).containsExactly(500, 500, 200);
    }
}
