package com.ascendkit.journeys.client.nodes;

import com.ascendkit.journeys.model.Names;

/**
 * What happens to users in a node being removed: without either option a node holding users is not
 * removed (409, saying how many); {@code moveUsersTo} moves them (its action runs); {@code force}
 * exits them.
 */
public record RemoveNodeOptions(boolean force, String moveUsersTo) {
    private static final RemoveNodeOptions NONE = new RemoveNodeOptions(false, null);

    public RemoveNodeOptions {
        if (moveUsersTo != null) {
            Names.requireNodeName("moveUsersTo", moveUsersTo);
        }
    }

    /** Refuse (409) if users are there. */
    public static RemoveNodeOptions none() {
        return NONE;
    }

    /** Exit the users there. */
    public static RemoveNodeOptions exitUsers() {
        return new RemoveNodeOptions(true, null);
    }

    /** Move the users there to {@code node}. */
    public static RemoveNodeOptions moveUsersTo(String node) {
        return new RemoveNodeOptions(false, node);
    }
}
