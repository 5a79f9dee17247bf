package io.tws4j.client;

import io.tws4j.simulator.SimulatedGateway;
import java.time.Duration;

/** Client options for tests: quick reconnects and bounded waits against a simulated gateway. */
final class TestOptions {
    static final Duration WAIT = Duration.ofSeconds(10);

    private TestOptions() {}

    static ClientOptions.Builder against(SimulatedGateway gateway, int clientId) {
        return ClientOptions.builder()
                .address(gateway.address())
                .clientId(clientId)
                .connectTimeout(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(10))
                .reconnect(ReconnectPolicy.fibonacci().withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)));
    }
}
