package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tws4j.connection.ErrorCodes;
import io.tws4j.connection.Notice;
import io.tws4j.displaygroups.DisplayGroupUpdate;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A dropped connection comes back by itself; streams resume (or end with a reset, resuming off), one-shots in flight are retried. */
class ReconnectIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();

    @Test
    void droppedConnectionReconnectsAndResumesOpenSubscriptions() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 3).build());
             Subscription<Notice> notices = client.notices();
             Subscription<DisplayGroupUpdate> group = client.subscribeToGroupEvents(1)) {
            group.next(TestOptions.WAIT).orElseThrow();

            gateway.get().inject(Fault.disconnect());

            assertThat(group.next(TestOptions.WAIT).orElseThrow()).isInstanceOf(StreamItem.Interrupted.class);
            assertThat(group.next(TestOptions.WAIT).orElseThrow()).isInstanceOf(StreamItem.Resumed.class);
            assertThat(group.next(TestOptions.WAIT).orElseThrow()).isInstanceOf(StreamItem.Data.class);
            assertThat(NoticeRoutingIT.nextWithCode(notices, ErrorCodes.CLIENT_CONNECTION_LOST).isConnectivity()).isTrue();
            assertThat(NoticeRoutingIT.nextWithCode(notices, ErrorCodes.CLIENT_RECONNECTED).message()).contains("resumed");
            assertThat(gateway.get().connectedClientIds()).containsExactly(3);
        }
    }

    @Test
    void withResumingOffADroppedConnectionReconnectsAndEndsOpenSubscriptionsWithAReset() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 3).resumeStreams(false).build());
             Subscription<Notice> notices = client.notices();
             Subscription<DisplayGroupUpdate> group = client.subscribeToGroupEvents(1)) {
            group.next(TestOptions.WAIT).orElseThrow();

            gateway.get().inject(Fault.disconnect());

            assertThatThrownBy(() -> group.next(TestOptions.WAIT)).isInstanceOf(ConnectionResetException.class);
            assertThat(NoticeRoutingIT.nextWithCode(notices, ErrorCodes.CLIENT_CONNECTION_LOST).isConnectivity()).isTrue();
            assertThat(NoticeRoutingIT.nextWithCode(notices, ErrorCodes.CLIENT_RECONNECTED).isConnectivity()).isTrue();
            assertThat(client.isConnected()).isTrue();
            assertThat(gateway.get().connectedClientIds()).containsExactly(3);
            assertThat(client.managedAccounts()).containsExactly("DU1234567");
            try (Subscription<DisplayGroupUpdate> again = client.subscribeToGroupEvents(1)) {
                assertThat(again.next(TestOptions.WAIT)).isPresent();
            }
        }
    }

    @Test
    void oneShotInFlightIsSentAgainAfterTheReconnect() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 3).build())) {
            gateway.get().inject(Fault.stall(Duration.ofSeconds(30)));
            CompletableFuture<List<String>> accounts = client.async().managedAccounts();
            await().during(Duration.ofMillis(200)).atMost(TestOptions.WAIT).until(() -> !accounts.isDone());

            gateway.get().inject(Fault.disconnect());

            assertThat(accounts).succeedsWithin(TestOptions.WAIT).isEqualTo(List.of("DU1234567"));
            assertThat(gateway.get().takeRequest(OutMessage.REQ_MANAGED_ACCTS, TestOptions.WAIT)).isPresent();
        }
    }

    @Test
    void reconnectBacksOffWhileTheGatewayTurnsClientsAway() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 3).build());
             Subscription<Notice> notices = client.notices()) {
            for (int i = 0; i < 3; i++) {
                gateway.get().injectOnNextConnection(Fault.disconnect());
            }
            long start = System.nanoTime();

            gateway.get().inject(Fault.disconnect());
            NoticeRoutingIT.nextWithCode(notices, ErrorCodes.CLIENT_CONNECTION_LOST);
            NoticeRoutingIT.nextWithCode(notices, ErrorCodes.CLIENT_RECONNECTED);

            // Attempts 1 to 4 wait 20, 40, 60 and 100 ms; the first three are turned away.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
            assertThat(client.currentTimeMillis()).isNotNull();
        }
    }

    @Test
    void givingUpClosesTheClientAndFailsWhatWasWaiting() {
        SimulatedGateway own = SimulatedGateway.builder().build().start();
        ClientOptions options = TestOptions.against(own, 3)
                .reconnect(ReconnectPolicy.fibonacci().withMaxAttempts(2).withBackoff(Duration.ofMillis(10), Duration.ofMillis(20)))
                .build();
        try (TwsClient client = TwsClient.connect(options);
             Subscription<Notice> notices = client.notices()) {
            own.close();

            assertThat(NoticeRoutingIT.nextWithCode(notices, ErrorCodes.CLIENT_RECONNECT_FAILED)).isNotNull();
            await().atMost(TestOptions.WAIT).until(() -> !client.isConnected());
            assertThatThrownBy(notices::next).isInstanceOf(ConnectionLostException.class);
            assertThatThrownBy(client::managedAccounts).isInstanceOf(ClientClosedException.class);
        }
    }

    @Test
    void withoutReconnectsALossClosesTheClient() {
        ClientOptions options = TestOptions.against(gateway.get(), 3).reconnect(ReconnectPolicy.disabled()).build();
        try (TwsClient client = TwsClient.connect(options);
             Subscription<DisplayGroupUpdate> group = client.subscribeToGroupEvents(2)) {
            group.next(TestOptions.WAIT).orElseThrow();

            gateway.get().inject(Fault.disconnect());

            assertThatThrownBy(() -> group.next(TestOptions.WAIT)).isInstanceOf(ConnectionLostException.class);
            await().atMost(TestOptions.WAIT).until(() -> !client.isConnected());
        }
    }
}
