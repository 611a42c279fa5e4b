/**
 * The contract's warnings, one {@link com.ascendkit.journeys.model.topology.TopologyRule} each,
 * combined in {@link com.ascendkit.journeys.model.topology.JourneyValidator#standard()}. Where the
 * contract ({@code docs/openapi.yaml}, with {@code docs/runtime.md}) is silent, the rules follow
 * what happens at run time:
 *
 * <ul>
 *   <li>Users complete on entering a terminal node, so its outgoing transitions never fire: paths
 *       through a terminal node do not make a node reachable ({@code unreachable_node}), do not
 *       form timer cycles, and are not checked for shadowing; {@code terminal_has_outgoing} names
 *       them once per node.
 *   <li>Only a node's earliest timer fires (shortest delay, first listed among equal ones, {@code
 *       1w} equal to {@code 7d}): the others are {@code shadowed_transition}, and {@code
 *       timer_cycle} follows earliest timers only, one warning per cycle.
 *   <li>An event transition is shadowed by an earlier one from the same node for the same event
 *       whose filter pairs are a subset of its own (strict JSON equality: {@code "1"} is not {@code
 *       1}, {@code 1} is {@code 1.0}).
 *   <li>{@code unreachable_node} and {@code no_terminal_reachable} say nothing while the entry node
 *       is missing: {@code missing_entry_node} says it.
 *   <li>Transitions naming an unknown node cannot be stored and are ignored, except by {@code
 *       unknown_event}, which checks every transition's event.
 * </ul>
 *
 * Every rule is linear in nodes plus transitions and uses no recursion, so the 5,000-node chains of
 * the scale tests cannot overflow the stack; the one exception is the subset test of event filters,
 * bounded in {@code FilterIndex}.
 */
package com.ascendkit.journeys.model.topology.rules;
