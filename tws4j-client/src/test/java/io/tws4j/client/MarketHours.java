package io.tws4j.client;

import io.tws4j.simulator.SimulatedGateway;
import java.time.Instant;

/** Simulated gateways whose clock starts at a chosen market moment, so that market data tests do not depend on the day they run. */
final class MarketHours {
    /** Wednesday 18 November 2026, 10:00 in New York: US stocks in their regular session. */
    static final Instant US_REGULAR = Instant.parse("2026-11-18T15:00:00Z");
    /** Saturday 21 November 2026, 10:00 in New York: stock markets closed, crypto trading. */
    static final Instant WEEKEND = Instant.parse("2026-11-21T15:00:00Z");

    private MarketHours() {}

    /** A gateway in the US regular session, its clock running {@code speed} times real time. */
    static SimulatedGateway.Builder open(double speed) {
        return SimulatedGateway.builder().startTime(US_REGULAR).speed(speed);
    }

    /** A gateway on a weekend. */
    static SimulatedGateway.Builder weekend() {
        return SimulatedGateway.builder().startTime(WEEKEND);
    }
}
