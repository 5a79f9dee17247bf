package io.tws4j.client;

import static io.tws4j.client.ConfigIT.connect;
import static io.tws4j.client.ConfigIT.take;
import static io.tws4j.client.ConfigIT.takeNext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.config.ConfigUpdateResult;
import io.tws4j.config.Configuration;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.SimulatedGateway;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The configuration needs server version 219 to read and 221 to update: against an older gateway
 * the client refuses with a named error and sends nothing.
 */
class ConfigVersionIT {

    @ParameterizedTest
    @EnumSource(ConfigSurface.class)
    void gatewayAt218NeitherReadsNorUpdates(ConfigSurface surface) {
        try (SimulatedGateway old = SimulatedGateway.builder().maxServerVersion(218).build().start();
             TwsClient client = connect(old, 1)) {
            take(old, OutMessage.START_API);

            assertThatThrownBy(() -> surface.config(client))
                    .isInstanceOfSatisfying(FeatureNotSupportedException.class, e -> {
                        assertThat(e.needed()).isEqualTo(219);
                        assertThat(e.found()).isEqualTo(218);
                    })
                    .hasMessageContaining("reading the TWS configuration");
            assertThatThrownBy(() -> surface.send(surface.updateConfig(client).resetApiOrderSequence()))
                    .isInstanceOfSatisfying(FeatureNotSupportedException.class, e -> assertThat(e.needed()).isEqualTo(221));

            client.currentTimeMillis();
            assertThat(takeNext(old).message()).isEqualTo(OutMessage.REQ_CURRENT_TIME_IN_MILLIS);
        }
    }

    @ParameterizedTest
    @EnumSource(ConfigSurface.class)
    void gatewayAt220ReadsButDoesNotUpdate(ConfigSurface surface) {
        try (SimulatedGateway old = SimulatedGateway.builder().maxServerVersion(220).build().start();
             TwsClient client = connect(old, 2)) {
            take(old, OutMessage.START_API);

            Configuration config = surface.config(client);
            assertThatThrownBy(() -> surface.send(surface.updateConfig(client).message(131, false)))
                    .isInstanceOfSatisfying(FeatureNotSupportedException.class, e -> {
                        assertThat(e.needed()).isEqualTo(221);
                        assertThat(e.found()).isEqualTo(220);
                    })
                    .hasMessageContaining("updating the TWS configuration");

            assertThat(config.api().settings().socketPort()).hasValue(old.port());
            assertThat(takeNext(old).message()).isEqualTo(OutMessage.REQ_CONFIG);
            client.currentTimeMillis();
            assertThat(takeNext(old).message()).isEqualTo(OutMessage.REQ_CURRENT_TIME_IN_MILLIS);
        }
    }

    @Test
    void asyncFuturesFailAtOnceWithTheNamedErrorItself() {
        try (SimulatedGateway old = SimulatedGateway.builder().maxServerVersion(218).build().start();
             TwsClient client = connect(old, 3)) {
            CompletableFuture<Configuration> read = client.async().config();
            CompletableFuture<ConfigUpdateResult> update = client.async().updateConfig().resetApiOrderSequence().send();

            assertThat(read).isCompletedExceptionally();
            assertThat(read.exceptionNow()).isInstanceOf(FeatureNotSupportedException.class);
            assertThat(update.exceptionNow()).isInstanceOf(FeatureNotSupportedException.class);
        }
    }
}
