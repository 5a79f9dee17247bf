/**
 * The simulated gateway: {@link io.tws4j.simulator.SimulatedGateway}, its options, faults and
 * recorded requests. Runs embedded, standalone ({@code tws4j simulator}), or in JUnit 5 tests.
 *
 * <p>Everything is non-null unless documented otherwise.
 */
package io.tws4j.simulator;
