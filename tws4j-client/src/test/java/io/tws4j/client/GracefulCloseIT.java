package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.protocol.proto.OrdersProto.PlaceOrderRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.RecordedRequest;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code close()} lets everything accepted reach the gateway (a FIN, never a reset) and reads on
 * until the gateway closes its side; {@code closeNow()} does not wait.
 */
class GracefulCloseIT {
    private static final int ROUNDS = 100;

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> Markets.trading(1));

    /**
     * rust-ibapi's README flow: submit, submit, let the client close. Closing while the gateway's
     * replies sat unread made the kernel answer with a reset, and the gateway lost the last order.
     */
    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void ordersSubmittedJustBeforeCloseReachTheGatewayEveryTime(TradingSurface surface) {
        ClientOptions options = TestOptions.against(gateway.get(), 1).build();
        for (int round = 0; round < ROUNDS; round++) {
            int market;
            int limit;
            try (TwsClient client = TwsClient.connect(options)) {
                Trading trading = surface.of(client);
                market = trading.submit(Markets.aapl(), o -> o.buy(100).market());
                limit = trading.submit(Markets.aapl(), o -> o.sell(50).limit(150).goodTillCancel().outsideRth());
            }

            // close() returned after the gateway closed its side, which it does once it has read everything
            PlaceOrderRequest first = takeOrder();
            PlaceOrderRequest second = takeOrder();
            assertThat(first.getOrderId()).as("round %d", round).isEqualTo(market);
            assertThat(first.getOrder().getOrderType()).isEqualTo("MKT");
            assertThat(second.getOrderId()).as("round %d", round).isEqualTo(limit);
            assertThat(second.getOrder().getOrderType()).isEqualTo("LMT");
            assertThat(second.getOrder().getTif()).isEqualTo("GTC");
        }
        assertThat(gateway.get().takeRequest(OutMessage.PLACE_ORDER, Duration.ZERO)).isEmpty();
    }

    @Test
    void aReplyArrivingDuringTheCloseStillReachesItsCall() {
        TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 2).build());
        gateway.get().inject(Fault.stall(Duration.ofMillis(300)));
        CompletableFuture<Instant> time = client.async().currentTimeMillis();
        awaitRecorded(OutMessage.REQ_CURRENT_TIME_IN_MILLIS);

        // the gateway answers 300 ms from now, while the client waits for it to close its side
        client.close();

        assertThat(time).succeedsWithin(TestOptions.WAIT).isNotNull();
        assertThat(client.isConnected()).isFalse();
        assertThatThrownBy(client::managedAccounts).isInstanceOf(ClientClosedException.class);
        assertThat(client.async().currentTimeMillis()).failsWithin(TestOptions.WAIT).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(ClientClosedException.class);
    }

    @Test
    void closeNowDoesNotWaitForTheGateway() {
        ClientOptions options = TestOptions.against(gateway.get(), 3).closeGracePeriod(Duration.ofSeconds(30)).build();
        TwsClient client = TwsClient.connect(options);
        gateway.get().inject(Fault.stall(Duration.ofSeconds(30)));
        CompletableFuture<List<String>> accounts = client.async().managedAccounts();
        awaitRecorded(OutMessage.REQ_MANAGED_ACCTS);

        long start = System.nanoTime();
        client.async().closeNow();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(Duration.ofSeconds(1));
        assertThat(accounts).failsWithin(TestOptions.WAIT).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(ClientClosedException.class);
        assertThat(client.isConnected()).isFalse();
    }

    @Test
    void aGatewayThatNeverClosesItsSideCostsTheGracePeriod() {
        Duration grace = Duration.ofMillis(500);
        TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 4).closeGracePeriod(grace).build());
        gateway.get().inject(Fault.stall(Duration.ofSeconds(30)));
        CompletableFuture<List<String>> accounts = client.async().managedAccounts();
        awaitRecorded(OutMessage.REQ_MANAGED_ACCTS);

        long start = System.nanoTime();
        client.close();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isGreaterThanOrEqualTo(grace).isLessThan(grace.plusSeconds(2));
        assertThat(accounts).failsWithin(TestOptions.WAIT).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(ClientClosedException.class);
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void callsMadeAfterCloseFailAndStreamsEndNormally(TradingSurface surface) {
        TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 5).build());
        Subscription<io.tws4j.displaygroups.DisplayGroupUpdate> group = client.subscribeToGroupEvents(1);
        group.next(TestOptions.WAIT).orElseThrow();

        client.close();

        assertThat(group.next(TestOptions.WAIT)).isEmpty();
        assertThat(group.isDone()).isTrue();
        assertThatThrownBy(() -> surface.of(client).submit(Markets.aapl(), o -> o.buy(1).market()))
                .isInstanceOf(ClientClosedException.class);
        assertThat(gateway.get().takeRequest(OutMessage.PLACE_ORDER, Duration.ofMillis(200))).isEmpty();
    }

    private static PlaceOrderRequest takeOrder() {
        RecordedRequest order = gateway.get().takeRequest(OutMessage.PLACE_ORDER, Duration.ZERO)
                .orElseThrow(() -> new AssertionError("the gateway did not receive the order"));
        return order.body(PlaceOrderRequest.class);
    }

    private static void awaitRecorded(OutMessage type) {
        assertThat(gateway.get().takeRequest(type, TestOptions.WAIT)).isPresent();
    }
}
