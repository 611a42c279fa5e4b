package com.ascendkit.journeys.engine.runtime.events;

import com.ascendkit.journeys.model.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A batch of events split into those that could be read (in order) and those refused (by position),
 * then merged back into batch order. A batch is read twice (the HTTP body into {@link BatchEvent}s,
 * then each of those into the event it records), and each reading refuses an event alone: the size
 * rule, the split and the merge are written here once for both. Immutable.
 *
 * @param <T> what an item is read into
 * @param <E> the refusal of one item; any other exception of the reader is thrown on
 */
public final class BatchSplit<T, E extends RuntimeException> {
    /** The most events in one batch ({@code POST /v1/events/batch}). */
    public static final int MAX_EVENTS = 1000;

    private final int size;
    private final List<T> read;
    private final Map<Integer, E> refused;

    private BatchSplit(int size, List<T> read, Map<Integer, E> refused) {
        this.size = size;
        this.read = List.copyOf(read);
        this.refused = Map.copyOf(refused);
    }

    /** Refuses a batch that does not hold 1 to {@link #MAX_EVENTS} events, naming the count. */
    public static void requireSize(int size) {
        if (size < 1 || size > MAX_EVENTS) {
            throw new InvalidInputException(
                    "events", "'events' must hold 1 to " + MAX_EVENTS + " events, not " + size);
        }
    }

    /**
     * Reads every item of a batch of 1 to {@link #MAX_EVENTS}; an item whose reader throws a {@code
     * refusal} is refused alone.
     */
    public static <I, T, E extends RuntimeException> BatchSplit<T, E> of(
            List<I> items, Class<E> refusal, Function<? super I, ? extends T> reader) {
        requireSize(items.size());
        List<T> read = new ArrayList<>();
        Map<Integer, E> refused = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                read.add(reader.apply(items.get(i)));
            } catch (RuntimeException e) {
                if (!refusal.isInstance(e)) {
                    throw e;
                }
                refused.put(i, refusal.cast(e));
            }
        }
        return new BatchSplit<>(items.size(), read, refused);
    }

    /** The items that could be read, in batch order. */
    public List<T> read() {
        return read;
    }

    /**
     * One result per item of the batch, in batch order: {@code accepted} makes it from the position
     * and the outcome of a read item ({@code outcomes} hold one per {@link #read()} item, in that
     * order), {@code refusedAs} from the position and the refusal of the others.
     */
    public <O, R> List<R> merge(
            List<O> outcomes,
            BiFunction<Integer, ? super O, ? extends R> accepted,
            BiFunction<Integer, ? super E, ? extends R> refusedAs) {
        if (outcomes.size() != read.size()) {
            throw new IllegalArgumentException(
                    outcomes.size() + " outcomes for " + read.size() + " events read");
        }
        List<R> results = new ArrayList<>(size);
        int k = 0;
        for (int i = 0; i < size; i++) {
            E refusal = refused.get(i);
            if (refusal != null) {
                results.add(refusedAs.apply(i, refusal));
            } else {
                results.add(accepted.apply(i, outcomes.get(k++)));
            }
        }
        return results;
    }
}
