package com.ascendkit.journeys.studio;

/** Placeholder. */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {}
}
