package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.MarketDataRequest;
import io.tws4j.marketdata.codec.MarketDataCodec;
import io.tws4j.orders.Action;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderType;
import io.tws4j.orders.codec.OrdersCodec;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTimeInMillis;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTimeInMillisRequest;
import io.tws4j.protocol.proto.OrdersProto;
import io.tws4j.protocol.proto.ScannerProto;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.core.GatewayEngine;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client that stops reading hurts nobody else: with twenty live feeds, an order in flight and
 * big answers queued for it, another client keeps trading and reading at normal latency, the stalled one is
 * dropped as TWS drops a slow client, and everything it held is released.
 */
class SlowClientIT {
    private static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "NVDA", "TSLA", "AMZN", "GOOGL", "META", "NFLX",
            "AMD", "INTC", "JPM", "BAC", "V", "XOM", "JNJ", "WMT", "KO", "PG", "DIS", "SPY");
    /**
     * Healthy round trips on loopback take a millisecond or so (more on a busy two-core machine);
     * a wedged gateway never answers, and clients time out after seconds.
     */
    private static final Duration NORMAL_LATENCY = Duration.ofSeconds(1);

    private SimulatedGateway gateway;

    @BeforeEach
    void start() {
        gateway = SimulatedGateway.builder()
                .startTime(Instant.parse("2025-01-06T15:00:00Z"))
                .speed(50)
                .outboundLimits(new OutboundLimits(2_000, 64 * 1024, Duration.ofSeconds(1)))
                .build().start();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void aClientThatStopsReadingIsDroppedAndTheOthersCarryOn() throws IOException {
        GatewayEngine engine = gateway.engine();
        int tasksBefore = engine.scheduler().repeatingTasks();
        try (RawClient healthy = RawClient.started(gateway.port(), 2);
             RawClient stalled = RawClient.started(gateway.port(), 1, 4096)) {
            int orderId = 1;
            for (int i = 0; i < 50; i++) {      // warm up: classes loaded, MSFT's market built
                currentTimeRoundTrip(healthy);
                orderRoundTrip(healthy, orderId++);
            }
            for (int i = 0; i < SYMBOLS.size(); i++) {
                stalled.send(OutMessage.REQ_MKT_DATA, MarketDataCodec.marketDataRequest(100 + i,
                        MarketDataRequest.streaming(Contract.stock(SYMBOLS.get(i)).build())));
            }
            stalled.send(OutMessage.PLACE_ORDER, OrdersCodec.placeOrderRequest(1, Contract.stock("AAPL").build(),
                    Order.builder().action(Action.BUY).totalQuantity(10).orderType(OrderType.LIMIT).limitPrice(1).build()));
            for (int i = 0; i < 40; i++) {      // big answers, so that its queue fills whatever the market's pace
                stalled.send(OutMessage.REQ_SCANNER_PARAMETERS, ScannerProto.ScannerParametersRequest.getDefaultInstance());
            }
            // ... and the stalled client reads nothing more.

            List<Long> latencies = new ArrayList<>();
            int rounds = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while ((gateway.connectedClientIds().contains(1) || rounds < 20) && System.nanoTime() < deadline) {
                latencies.add(currentTimeRoundTrip(healthy));
                latencies.add(orderRoundTrip(healthy, orderId++));
                rounds++;
            }
            Collections.sort(latencies);
            long worst = latencies.getLast();
            // The figures for the report; the assertion below is what a wedged gateway fails by far.
            System.out.printf("healthy client while another stalls: %d round trips, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    latencies.size(), latencies.get(latencies.size() / 2) / 1e6,
                    latencies.get((int) (latencies.size() * 0.99)) / 1e6, worst / 1e6);

            assertThat(gateway.connectedClientIds()).containsExactly(2);
            assertThat(Duration.ofNanos(worst)).isLessThan(NORMAL_LATENCY);
            assertThat(stalled.isClosedByGateway()).isTrue();
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            // Every line and stream released; the one live feed left watches the stalled client's working
            // order, which outlives its connection as orders do in TWS.
            assertThat(gateway.marketDataStatus()).isEqualTo(new MarketDataStatus(0, 0, 0, 0, 0, 1));
            assertThat(engine.connections()).isEmpty();
            assertThat(engine.writerThreads()).isZero();
            assertThat(engine.scheduler().repeatingTasks()).isEqualTo(tasksBefore + 1);
            assertThat(engine.scheduler().runningTasks()).isZero();
        });
    }

    @Test
    void aClientWhoseQueueStaysFullIsDroppedOnceTheLimitsTimeHasPassed() throws Exception {
        Duration patience = Duration.ofSeconds(1);
        try (SimulatedGateway small = SimulatedGateway.builder()
                .outboundLimits(new OutboundLimits(10, 1L << 30, patience)).build().start();
             RawClient stalled = RawClient.started(small.port(), 1, 4096)) {
            // Ten-kilobyte answers it never reads, until ten of them wait in its queue (the kernel holds the first).
            while (queued(small) < 12) {
                stalled.send(OutMessage.REQ_SCANNER_PARAMETERS, ScannerProto.ScannerParametersRequest.getDefaultInstance());
                await().atMost(Duration.ofSeconds(10)).until(() -> small.takeRequest(OutMessage.REQ_SCANNER_PARAMETERS,
                        Duration.ZERO).isPresent());
            }
            // Full, but far from four times full: only the time can drop it.
            assertThat(small.connectedClientIds()).containsExactly(1);

            await().atMost(patience.plusSeconds(5)).until(() -> small.connectedClientIds().isEmpty());
            assertThat(stalled.isClosedByGateway()).isTrue();
        }
    }

    private static long queued(SimulatedGateway gateway) {
        List<ClientStatus> clients = gateway.status().clients();
        return clients.isEmpty() ? Long.MAX_VALUE : clients.getFirst().queuedFrames();
    }

    private static long currentTimeRoundTrip(RawClient client) throws IOException {
        long start = System.nanoTime();
        client.send(OutMessage.REQ_CURRENT_TIME_IN_MILLIS, CurrentTimeInMillisRequest.getDefaultInstance());
        client.nextOf(InMessage.CURRENT_TIME_IN_MILLIS, CurrentTimeInMillis.parser());
        return System.nanoTime() - start;
    }

    /** Places a working limit order and cancels it: the order desk's lock is taken twice. */
    private static long orderRoundTrip(RawClient client, int orderId) throws IOException {
        long start = System.nanoTime();
        client.send(OutMessage.PLACE_ORDER, OrdersCodec.placeOrderRequest(orderId, Contract.stock("MSFT").build(),
                Order.builder().action(Action.BUY).totalQuantity(1).orderType(OrderType.LIMIT).limitPrice(1).build()));
        awaitStatus(client, orderId, "PreSubmitted");
        client.send(OutMessage.CANCEL_ORDER, OrdersCodec.cancelOrderRequest(orderId, ""));
        awaitStatus(client, orderId, "Cancelled");
        return System.nanoTime() - start;
    }

    private static void awaitStatus(RawClient client, int orderId, String status) throws IOException {
        while (true) {
            OrdersProto.OrderStatus update = client.nextOf(InMessage.ORDER_STATUS, OrdersProto.OrderStatus.parser());
            if (update.getOrderId() == orderId && update.getStatus().equals(status)) {
                return;
            }
        }
    }
}
