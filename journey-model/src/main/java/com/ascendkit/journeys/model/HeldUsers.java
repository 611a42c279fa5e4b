package com.ascendkit.journeys.model;

/**
 * How a refusal names the users a node still holds, {@code node 'welcome' holds 2 users}: the
 * engine's answer to removing such a node and the CLI's own wording of it start the same way, and
 * go on to name the ways on in their own terms (request fields, command options).
 */
public final class HeldUsers {
    private HeldUsers() {}

    /** {@code node 'welcome' holds 1 user}, {@code … holds 2 users}. */
    public static String inNode(String node, long users) {
        return "node " + Quoted.of(node) + " holds " + users + (users == 1 ? " user" : " users");
    }
}
