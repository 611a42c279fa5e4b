package com.ascendkit.journeys.studio.editing;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Event names to suggest: the built-in ones, then the {@code app.*} events the journey uses. */
public final class EventSuggestions {
    public static final List<String> BUILT_IN =
            List.of(
                    "user.created",
                    "user.login",
                    "user.signout",
                    "user.waitlisted",
                    "user.waitlist_approved");

    private EventSuggestions() {}

    public static List<String> of(Journey journey) {
        TreeSet<String> app = new TreeSet<>();
        if (journey != null) {
            if (journey.entryEvent() != null && journey.entryEvent().startsWith("app.")) {
                app.add(journey.entryEvent());
            }
            for (Transition t : journey.transitions()) {
                if (t.trigger() instanceof Trigger.Event e && e.event().startsWith("app.")) {
                    app.add(e.event());
                }
            }
        }
        List<String> out = new ArrayList<>(BUILT_IN);
        out.addAll(app);
        return out;
    }
}
