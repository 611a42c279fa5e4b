/**
 * Who is where: the users of a journey (by step, status or failure) and one user's recorded path of
 * steps through it ({@code GET /v1/journeys/{id}/users} and {@code …/users/{userId}/path}).
 */
package com.ascendkit.journeys.client.people;
