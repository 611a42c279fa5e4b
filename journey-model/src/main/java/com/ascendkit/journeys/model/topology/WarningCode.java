package com.ascendkit.journeys.model.topology;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The warnings of the contract. Topology warnings are about graph shape; reference warnings about
 * things a node names.
 */
public enum WarningCode {
    MISSING_ENTRY_NODE(Kind.TOPOLOGY),
    UNREACHABLE_NODE(Kind.TOPOLOGY),
    DEAD_END(Kind.TOPOLOGY),
    TERMINAL_HAS_OUTGOING(Kind.TOPOLOGY),
    NO_TERMINAL_REACHABLE(Kind.TOPOLOGY),
    TIMER_CYCLE(Kind.TOPOLOGY),
    SHADOWED_TRANSITION(Kind.TOPOLOGY),
    UNKNOWN_EVENT(Kind.REFERENCE),
    MISSING_TEMPLATE(Kind.REFERENCE),
    MISSING_SURVEY(Kind.REFERENCE),
    UNVERIFIED_SENDER(Kind.REFERENCE);

    /**
     * Topology warnings are suppressed while a journey is draft or paused; reference warnings
     * never.
     */
    public enum Kind {
        TOPOLOGY,
        REFERENCE
    }

    private final Kind kind;

    WarningCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static WarningCode parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
