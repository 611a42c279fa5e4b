package com.ascendkit.journeys.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads a cursor-paged list up to a limit, page after page: what {@code --limit} means on a list
 * whose engine pages are smaller than the limit, or whose limit is larger than a page may be.
 */
public final class Pages {
    /** The largest page asked for: the most the engine's paged lists accept. */
    static final int MAX_PAGE = 500;

    private Pages() {}

    /** One page as read: its items and the cursor of the next (null on the last). */
    public record Page<T>(List<T> items, String nextCursor) {}

    /** The items read (at most the limit) and the cursor after them (null when all were read). */
    public record Collected<T>(List<T> items, String nextCursor) {
        public Collected {
            items = List.copyOf(items);
        }

        /** The notice printed on stderr when there are more than the limit. */
        public String more() {
            return "(more: showing the first " + items.size() + "; --limit shows more)";
        }
    }

    /**
     * Reads pages through {@code read} (the page size to ask, the cursor or null for the first)
     * until {@code limit} items or the last page.
     */
    public static <T> Collected<T> upTo(int limit, BiFunction<Integer, String, Page<T>> read) {
        List<T> items = new ArrayList<>();
        String cursor = null;
        do {
            int size = Math.min(MAX_PAGE, limit - items.size());
            Page<T> page = read.apply(size, cursor);
            List<T> got = page.items();
            items.addAll(got.subList(0, Math.min(got.size(), limit - items.size())));
            cursor = page.nextCursor();
            if (got.isEmpty()) {
                break;
            }
        } while (cursor != null && items.size() < limit);
        return new Collected<>(items, cursor);
    }
}
