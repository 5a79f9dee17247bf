package io.tws4j.examples;

import io.tws4j.simulator.Fault;
import io.tws4j.simulator.SimulatedGateway;
import java.time.Instant;

/**
 * Where an example connects: the {@code host:port} given as its first argument (a running TWS
 * or IB Gateway), or else an embedded simulated gateway started for the example, its clock in a
 * regular US session and running ten times faster, so that market data recipes show live data
 * (and five-second bars come every half second) whatever the day.
 */
public final class ExampleGateway implements AutoCloseable {
    private final SimulatedGateway embedded;
    private final String address;

    private ExampleGateway(SimulatedGateway embedded, String address) {
        this.embedded = embedded;
        this.address = address;
    }

    /** Uses {@code args[0]} as the gateway's address if given, else starts an embedded simulated gateway. */
    public static ExampleGateway fromArgs(String[] args) {
        if (args.length > 0) {
            return new ExampleGateway(null, args[0]);
        }
        SimulatedGateway gateway = simulated().build().start();
        return new ExampleGateway(gateway, gateway.address());
    }

    /** Returns how the embedded gateway is configured: Wednesday 18 November 2026, 10:00 in New York, at ten times real time. */
    public static SimulatedGateway.Builder simulated() {
        return SimulatedGateway.builder().startTime(Instant.parse("2026-11-18T15:00:00Z")).speed(10);
    }

    /**
     * Drops every client's connection, as a gateway restarting at night does: the embedded
     * gateway only; returns false against a running TWS (restart it, or pull the cable, to see the same).
     */
    public boolean dropConnections() {
        if (embedded == null) {
            return false;
        }
        embedded.inject(Fault.disconnect());
        return true;
    }

    /** Returns {@code host:port} to connect to. */
    public String address() {
        return address;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
