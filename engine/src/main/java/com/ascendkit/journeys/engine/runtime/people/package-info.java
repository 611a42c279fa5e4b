/**
 * Who is where, and why: the users of a journey by step and status ({@link JourneyPeople#list}) and
 * one user's recorded steps ({@link JourneyPeople#path}), read from the states, the path and {@code
 * user_steps}. Reads only.
 */
package com.ascendkit.journeys.engine.runtime.people;
