package io.tws4j.examples;

import io.tws4j.simulator.SimulatedGateway;

/**
 * Where an example connects: the {@code host:port} given as its first argument (a running TWS
 * or IB Gateway), or else an embedded simulated gateway started for the example.
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
        SimulatedGateway gateway = SimulatedGateway.builder().build().start();
        return new ExampleGateway(gateway, gateway.address());
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
