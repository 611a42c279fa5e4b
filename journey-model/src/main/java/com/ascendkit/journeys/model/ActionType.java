package com.ascendkit.journeys.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of {@link Action}, in the order the product document lists them. The one place an
 * action type is named: code that decides per type switches over this enum without a {@code
 * default}, so a new type is a compile error wherever it needs a decision.
 */
public enum ActionType {
    SEND_EMAIL("send_email"),
    TAG_USER("tag_user"),
    ADVANCE_STAGE("advance_stage"),
    NONE("none");

    private static final List<String> WIRE_NAMES =
            Arrays.stream(values()).map(ActionType::wireName).toList();

    private final String wireName;

    ActionType(String wireName) {
        this.wireName = wireName;
    }

    /** The contract's name: the {@code type} of an action object ({@code send_email} …). */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The contract's names of all types, in order. */
    public static List<String> wireNames() {
        return WIRE_NAMES;
    }

    /** The type named {@code text} in the contract, or empty (null included). */
    public static Optional<ActionType> find(String text) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(text)).findFirst();
    }

    /** The type named {@code text}; refuses any other name, listing the allowed ones. */
    @JsonCreator
    public static ActionType parse(String text) {
        return find(text)
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        "type",
                                        "unknown action type "
                                                + Quoted.of(text)
                                                + ": use "
                                                + choices()));
    }

    /** The allowed names for a message: {@code send_email, tag_user, advance_stage or none}. */
    public static String choices() {
        int last = WIRE_NAMES.size() - 1;
        return String.join(", ", WIRE_NAMES.subList(0, last)) + " or " + WIRE_NAMES.get(last);
    }
}
