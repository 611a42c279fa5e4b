package com.ascendkit.journeys.model;

/** An arrow from one node to another, taken when its trigger fires. Identified by its name. */
public record Transition(String name, String from, String to, Trigger trigger) {
    public Transition {
        Names.requireTransitionName("name", name);
        Names.requireNodeName("from", from);
        Names.requireNodeName("to", to);
        if (trigger == null) {
            throw new InvalidInputException("trigger", "'trigger' is required");
        }
    }

    public Transition withName(String newName) {
        return new Transition(newName, from, to, trigger);
    }

    public Transition withEnds(String newFrom, String newTo) {
        return new Transition(name, newFrom, newTo, trigger);
    }

    public Transition withTrigger(Trigger newTrigger) {
        return new Transition(name, from, to, newTrigger);
    }
}
