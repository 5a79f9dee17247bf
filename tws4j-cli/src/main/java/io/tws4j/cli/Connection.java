package io.tws4j.cli;

import picocli.CommandLine.Option;

/**
 * The options every command that talks to a gateway shares: where ({@code --gateway}, else the
 * embedded simulated gateway), as which client, and how talkative.
 */
public final class Connection {

    @Option(names = "--gateway", paramLabel = "HOST:PORT", converter = GatewayAddress.Converter.class,
            description = "A running TWS or IB Gateway (use 127.0.0.1, not localhost); without it, the embedded simulated gateway")
    GatewayAddress gateway;

    @Option(names = "--client-id", defaultValue = "917", paramLabel = "ID",
            description = "Client id to connect with (default: ${DEFAULT-VALUE}); each connection to a gateway needs its own")
    int clientId;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "Seed of the embedded gateway's markets (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = {"-v", "--verbose"}, description = "Show tws4j's log, and stack traces of errors")
    boolean verbose;

    /** The gateway given with {@code --gateway}, or null for the embedded one. */
    public GatewayAddress gateway() {
        return gateway;
    }

    public int clientId() {
        return clientId;
    }

    public long seed() {
        return seed;
    }

    public boolean verbose() {
        return verbose;
    }
}
