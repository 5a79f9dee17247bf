package io.tws4j.client.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.client.ClientOptions;
import io.tws4j.client.ConnectionLostException;
import io.tws4j.client.ReconnectPolicy;
import io.tws4j.client.StreamItem;
import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.connection.ErrorCodes;
import io.tws4j.connection.Notice;
import io.tws4j.displaygroups.DisplayGroupUpdate;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reader thread that dies of an {@link Error} ends its connection like any loss: the client
 * reconnects, or, when it may not, every stream and call ends with a named error. The Error is
 * raised through {@link InboundStream}'s package-private test seam, on the first read after the
 * test triggers it: nothing a gateway can send makes the reader throw an Error (lengths are
 * checked before anything is allocated, decoders fail with exceptions), and an allocation made
 * to fail under a small heap would be fragile.
 */
class ReaderDeathIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();

    @AfterEach
    void disarm() {
        InboundStream.ARMED.clear();
    }

    @Test
    void anErrorKillingTheReaderEndsTheConnectionAndTheClientReconnects() throws Exception {
        InboundStream.ReadFault fault = arm(41);
        try (TwsClient client = TwsClient.connect(options(41, ReconnectPolicy.fibonacci()
                .withBackoff(Duration.ofMillis(20), Duration.ofMillis(200))));
             Subscription<Notice> notices = client.notices()) {
            fault.trigger(new OutOfMemoryError("simulated: Java heap space"));

            CompletableFuture<Instant> time = client.async().currentTimeMillis();

            Notice lost = nextWithCode(notices, ErrorCodes.CLIENT_CONNECTION_LOST);
            assertThat(lost.message()).contains("simulated: Java heap space").endsWith("reconnecting");
            nextWithCode(notices, ErrorCodes.CLIENT_RECONNECTED);
            assertThat(time.get(WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS))
                    .as("sent again after the reconnect").isNotNull();
            assertThat(client.isConnected()).isTrue();
            assertThat(client.managedAccounts()).containsExactly("DU1234567");
            assertThat(client.async().managedAccounts()).succeedsWithin(WAIT).isEqualTo(List.of("DU1234567"));
        }
    }

    @Test
    void withoutReconnectsEveryStreamAndCallEndsWithANamedError() {
        InboundStream.ReadFault fault = arm(42);
        TwsClient client = TwsClient.connect(options(42, ReconnectPolicy.disabled()));
        Subscription<DisplayGroupUpdate> group = client.subscribeToGroupEvents(1);
        group.next(WAIT).orElseThrow();
        Subscription<Notice> notices = client.notices();
        fault.trigger(new StackOverflowError("simulated"));

        CompletableFuture<List<String>> accounts = client.async().managedAccounts();

        assertThat(accounts).failsWithin(WAIT).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(ConnectionLostException.class);
        assertThatThrownBy(() -> group.next(WAIT)).isInstanceOf(ConnectionLostException.class)
                .hasRootCauseInstanceOf(StackOverflowError.class);
        assertThat(nextWithCode(notices, ErrorCodes.CLIENT_CONNECTION_LOST).message()).endsWith("not reconnecting");
        assertThat(client.isConnected()).isFalse();
        assertThat(client.async().isConnected()).isFalse();
        client.close();
    }

    private static InboundStream.ReadFault arm(int clientId) {
        InboundStream.ReadFault fault = new InboundStream.ReadFault();
        InboundStream.ARMED.put(clientId, fault);
        return fault;
    }

    private static ClientOptions options(int clientId, ReconnectPolicy reconnect) {
        return ClientOptions.builder().address(gateway.get().address()).clientId(clientId)
                .connectTimeout(Duration.ofSeconds(5)).requestTimeout(WAIT).reconnect(reconnect).build();
    }

    private static Notice nextWithCode(Subscription<Notice> notices, int code) {
        while (true) {
            StreamItem<Notice> item = notices.next(WAIT).orElseThrow();
            if (item instanceof StreamItem.Data<Notice>(Notice notice) && notice.code() == code) {
                return notice;
            }
        }
    }
}
