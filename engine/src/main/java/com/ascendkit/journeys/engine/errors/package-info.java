/**
 * The engine's domain refusals: what {@code journeys}, {@code runtime} and the other domain
 * packages throw when they refuse a change, in their own words and without HTTP. Bad input is the
 * model's {@link com.ascendkit.journeys.model.InvalidInputException}. The HTTP API maps each kind
 * to a status and error code in one place ({@code api.internal.DomainErrors}).
 */
package com.ascendkit.journeys.engine.errors;
