package com.ascendkit.journeys.cli.event;

import java.util.Iterator;
import java.util.List;

/** The built-in events of the product document, the only ones {@code event} sends. */
public final class BuiltInEvents implements Iterable<String> {
    static final List<String> NAMES =
            List.of(
                    "user.created",
                    "user.login",
                    "user.signout",
                    "user.waitlisted",
                    "user.waitlist_approved");

    @Override
    public Iterator<String> iterator() {
        return NAMES.iterator();
    }
}
