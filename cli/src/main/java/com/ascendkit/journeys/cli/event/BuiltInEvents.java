package com.ascendkit.journeys.cli.event;

import com.ascendkit.journeys.model.Events;
import java.util.Iterator;

/** The built-in events of the contract, the only ones {@code event} sends (for usage help). */
public final class BuiltInEvents implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Events.BUILT_IN.iterator();
    }
}
