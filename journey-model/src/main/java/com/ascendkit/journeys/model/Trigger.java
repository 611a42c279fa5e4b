package com.ascendkit.journeys.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Map;

/** What moves a user along a transition: an event, or time passing. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Trigger.Event.class, name = "event"),
    @JsonSubTypes.Type(value = Trigger.Timer.class, name = "timer")
})
public sealed interface Trigger {

    /** The contract's name of this trigger's type. */
    String typeName();

    /** As the CLI prints it: {@code on user.login}, {@code after 2d}. */
    String describe();

    static Trigger on(String event) {
        return new Event(event, null);
    }

    static Trigger after(String delay) {
        return new Timer(Delay.parse("delay", delay));
    }

    /** Fires when the user's event matches and every filter pair equals the event's property. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Event(String event, Map<String, Object> eventFilter) implements Trigger {
        public Event {
            Names.requireEventName("event", event);
            eventFilter = Scalars.requireFlat("eventFilter", eventFilter);
        }

        @Override
        public String typeName() {
            return "event";
        }

        @Override
        public String describe() {
            return eventFilter.isEmpty()
                    ? "on " + event
                    : "on " + event + " " + Scalars.show(eventFilter);
        }

        /** True when every filter pair equals the given property (strict JSON equality). */
        public boolean matches(String firedEvent, Map<String, Object> properties) {
            return event.equals(firedEvent) && Scalars.allMatch(eventFilter, properties);
        }
    }

    /** Fires {@code delay} after the user entered the transition's source node. */
    record Timer(Delay delay) implements Trigger {
        public Timer {
            if (delay == null) {
                throw new InvalidInputException("delay", "timer requires 'delay' (e.g. 2d)");
            }
        }

        @Override
        public String typeName() {
            return "timer";
        }

        @Override
        public String describe() {
            return "after " + delay;
        }
    }
}
