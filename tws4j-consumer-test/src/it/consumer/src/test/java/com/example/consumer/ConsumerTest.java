package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.client.TwsClient;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a user's first test looks like: the client against the simulated gateway, both from the published jars. */
class ConsumerTest {

    @RegisterExtension
    static final SimulatedGatewayExtension gateway =
            SimulatedGatewayExtension.perMethod(() -> SimulatedGateway.builder().accounts(List.of("DU1234567")));

    @Test
    void connectsAndReadsTheSessionFacts() {
        try (TwsClient client = TwsClient.connect(gateway.get().address(), 1)) {
            assertThat(client.serverVersion()).isBetween(213, 226);
            assertThat(client.managedAccounts()).containsExactly("DU1234567");
            assertThat(client.currentTime()).isNotNull();
        }
    }
}
