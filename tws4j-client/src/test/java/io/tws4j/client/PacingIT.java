package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tws4j.connection.ServerLogLevel;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.historical.BarSize;
import io.tws4j.historical.HistoricalBars;
import io.tws4j.historical.HistoricalDuration;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.RecordedRequest;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.historical.HistoricalLimits;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pacing governor against the simulated gateway: a burst reaches it no faster than the rate,
 * historical requests wait for their turn instead of drawing 162, orders go before queued
 * requests, and a request that would wait past its timeout fails at once.
 */
class PacingIT {
    private static final Contract AAPL = Contract.stock("AAPL").build();
    /** A moment of the model's history with bars on every side; the gateway's clock starts there and runs. */
    private static final Instant TUESDAY_EVENING = Instant.parse("2023-04-11T21:00:00Z");
    private static final Consumer<io.tws4j.client.historical.HistoricalDataQuery<?, ?>> A_MINUTE_OF_BARS =
            query -> query.endingAt(Instant.parse("2023-04-11T15:01:00Z")).duration(HistoricalDuration.seconds(60));

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();
    /** Refuses an identical historical request within one second, in its own time, which runs at the wall clock's pace. */
    @RegisterExtension
    static final SimulatedGatewayExtension history = SimulatedGatewayExtension.perMethod(() -> SimulatedGateway.builder()
            .seed(11).startTime(TUESDAY_EVENING).historicalLimits(HistoricalLimits.tws().withIdenticalWindow(Duration.ofSeconds(1))));

    enum Surface {
        BLOCKING, ASYNC;

        /**
         * Sends {@code count} log-level messages at once, from one thread or from as many. The
         * gateway handles them in no time, so the times it records them at are the times they
         * arrived, give or take its thread's scheduling.
         */
        void burst(TwsClient client, int count) throws Exception {
            if (this == ASYNC) {
                List<CompletableFuture<Void>> written = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    written.add(client.async().setServerLogLevel(ServerLogLevel.values()[i % ServerLogLevel.values().length]));
                }
                for (CompletableFuture<Void> future : written) {
                    Futures.await(future);
                }
                return;
            }
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> sent = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    ServerLogLevel level = ServerLogLevel.values()[i % ServerLogLevel.values().length];
                    sent.add(threads.submit(() -> client.setServerLogLevel(level)));
                }
                for (Future<?> future : sent) {
                    future.get();
                }
            }
        }

        PacingStatus pacing(TwsClient client) {
            return this == ASYNC ? client.async().pacing() : client.pacing();
        }
    }

    /**
     * 200 messages at a quick rate for CI: 40 per 250 ms. The client spaces windows by the
     * rate's window plus the margin (100 ms); the gateway's clock must see at least the window,
     * the margin absorbing its thread's scheduling.
     */
    @ParameterizedTest
    @EnumSource(Surface.class)
    void aBurstReachesTheGatewayNoFasterThanTheRate(Surface surface) throws Exception {
        PacingRules rules = PacingRules.tws().withMessageRate(40, Duration.ofMillis(250));
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).pacing(rules).build())) {
            surface.burst(client, 200);

            List<Instant> arrivals = arrivals(OutMessage.SET_SERVER_LOGLEVEL, 200);
            assertEveryWindowHoldsAtMost(arrivals, 40, Duration.ofMillis(250));
            assertThat(Duration.between(arrivals.getFirst(), arrivals.getLast())).isGreaterThanOrEqualTo(Duration.ofMillis(4 * 250));
            assertThat(surface.pacing(client)).isEqualTo(PacingStatus.idle());
        }
    }

    /** TWS's own rate, briefly: 75 messages, the last 25 a second after the first 50. */
    @Test
    void theDefaultRateIsFiftyMessagesASecond() throws Exception {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Surface.ASYNC.burst(client, 75);

            List<Instant> arrivals = arrivals(OutMessage.SET_SERVER_LOGLEVEL, 75);
            assertEveryWindowHoldsAtMost(arrivals, 50, Duration.ofSeconds(1));
        }
    }

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void anIdenticalHistoricalRequestWaitsItsTurnInsteadOfDrawing162(HistoricalSurface surface) throws Exception {
        PacingRules rules = PacingRules.tws().withHistorical(PacingRules.Historical.tws().withIdenticalWindow(Duration.ofSeconds(1)));
        try (TwsClient client = TwsClient.connect(TestOptions.against(history.get(), 1).pacing(rules).build());
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            HistoricalBars first = surface.fetch(client, AAPL, BarSize.SECONDS_5, A_MINUTE_OF_BARS);

            Future<HistoricalBars> second = threads.submit(() -> surface.fetch(client, AAPL, BarSize.SECONDS_5, A_MINUTE_OF_BARS));

            await().atMost(TestOptions.WAIT).until(() -> client.pacing().waiting() == 1);
            PacingStatus waiting = client.async().pacing();
            assertThat(waiting.waitingByRule()).containsExactlyEntriesOf(java.util.Map.of(PacingRule.HISTORICAL_IDENTICAL, 1));
            assertThat(waiting.longestWaiting()).hasValueSatisfying(request -> assertThat(request).contains("historical bars of AAPL"));
            assertThat(second.get(TestOptions.WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).bars())
                    .isEqualTo(first.bars());
            List<Instant> arrivals = arrivals(history.get(), OutMessage.REQ_HISTORICAL_DATA, 2);
            assertThat(Duration.between(arrivals.get(0), arrivals.get(1))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    /** The same two requests without the governor: the gateway refuses the second, as TWS would. */
    @Test
    void withoutPacingTheGatewayRefusesTheIdenticalRequest() {
        ClientOptions options = TestOptions.against(history.get(), 1).pacing(PacingRules.unlimited()).build();
        try (TwsClient client = TwsClient.connect(options)) {
            client.historicalData(AAPL, BarSize.SECONDS_5).endingAt(Instant.parse("2023-04-11T15:01:00Z"))
                    .duration(HistoricalDuration.seconds(60)).fetch();

            assertThatThrownBy(() -> client.historicalData(AAPL, BarSize.SECONDS_5).endingAt(Instant.parse("2023-04-11T15:01:00Z"))
                    .duration(HistoricalDuration.seconds(60)).fetch())
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(162));
        }
    }

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void aRequestThatWouldWaitPastItsTimeoutFailsAtOnceNamingTheRule(HistoricalSurface surface) {
        ClientOptions options = TestOptions.against(history.get(), 1).requestTimeout(Duration.ofSeconds(2)).build();
        try (TwsClient client = TwsClient.connect(options)) {
            surface.fetch(client, AAPL, BarSize.SECONDS_5, A_MINUTE_OF_BARS);
            long start = System.nanoTime();

            assertThatThrownBy(() -> surface.fetch(client, AAPL, BarSize.SECONDS_5, A_MINUTE_OF_BARS))
                    .isInstanceOfSatisfying(PacingLimitException.class, e -> {
                        assertThat(e.rule()).isEqualTo(PacingRule.HISTORICAL_IDENTICAL);
                        assertThat(e.expectedWait()).isGreaterThan(Duration.ofSeconds(14));
                        assertThat(e.getMessage()).contains("no identical historical request within 15 s").contains("nothing was sent");
                    });

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(arrivals(history.get(), OutMessage.REQ_HISTORICAL_DATA, 1)).hasSize(1);
            assertThat(history.get().takeRequest(OutMessage.REQ_HISTORICAL_DATA, Duration.ofMillis(200))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void anOrderGoesBeforeTheRequestsWaitingForTheirTurn(TradingSurface surface) {
        // the next token frees two seconds after the first ten requests, long after the order is accepted
        PacingRules rules = PacingRules.tws().withMessageRate(10, Duration.ofSeconds(2)).withMargin(Duration.ZERO);
        TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).requestTimeout(Duration.ofMinutes(2))
                .pacing(rules).build());
        List<CompletableFuture<List<ContractDetails>>> queued = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            queued.add(client.async().contractDetails(AAPL));
        }
        PacingStatus before = client.pacing();

        int orderId = surface.of(client).submit(AAPL, o -> o.buy(1).market());

        assertThat(before.waitingByRule()).containsOnlyKeys(PacingRule.MESSAGE_RATE);
        assertThat(before.waiting()).isGreaterThanOrEqualTo(480);
        int written = 500 - before.waiting();
        int contractRequestsFirst = 0;
        while (true) {
            RecordedRequest next = gateway.get().takeRequest(TestOptions.WAIT).orElseThrow();
            if (next.message() == OutMessage.PLACE_ORDER) {
                assertThat(next.body(io.tws4j.protocol.proto.OrdersProto.PlaceOrderRequest.class).getOrderId()).isEqualTo(orderId);
                break;
            }
            if (next.message() == OutMessage.REQ_CONTRACT_DATA) {
                contractRequestsFirst++;
            }
        }
        assertThat(contractRequestsFirst).isEqualTo(written);
        client.closeNow();
        assertThat(queued.getLast()).failsWithin(TestOptions.WAIT);
    }

    @Test
    void ordersFillingTheRateLeaveRoomForOneOtherRequestInEveryEleven() {
        // five messages a second: twenty cancels alone would fill the next four seconds
        PacingRules rules = PacingRules.tws().withMessageRate(5, Duration.ofSeconds(1)).withMargin(Duration.ZERO);
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).requestTimeout(Duration.ofMinutes(1))
                .pacing(rules).build())) {
            for (int i = 0; i < 5; i++) {
                client.async().contractDetails(AAPL);   // spends the tokens, so what follows queues
            }
            for (int id = 1; id <= 20; id++) {
                client.async().cancelOrder(900_000 + id);
            }
            CompletableFuture<List<ContractDetails>> details = client.async().contractDetails(AAPL);

            arrivals(OutMessage.REQ_CONTRACT_DATA, 5);
            int cancelsFirst = 0;
            while (true) {
                RecordedRequest next = gateway.get().takeRequest(Duration.ofSeconds(20)).orElseThrow();
                if (next.message() == OutMessage.REQ_CONTRACT_DATA) {
                    break;
                }
                if (next.message() == OutMessage.CANCEL_ORDER) {
                    cancelsFirst++;
                }
            }
            assertThat(cancelsFirst).as("orders and cancels go first, but not forever").isEqualTo(10);   // the outbox's run of urgent messages
            assertThat(details).succeedsWithin(TestOptions.WAIT);
            client.closeNow();   // the cancels still waiting are of no interest
        }
    }

    @Test
    void requestsWaitingAtAReconnectGoOutOnTheNewConnection() throws Exception {
        PacingRules rules = PacingRules.tws().withMessageRate(5, Duration.ofMillis(500)).withMargin(Duration.ZERO);
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).pacing(rules).build())) {
            List<CompletableFuture<List<ContractDetails>>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                futures.add(client.async().contractDetails(AAPL));
            }
            arrivals(OutMessage.REQ_CONTRACT_DATA, 5);

            gateway.get().inject(Fault.disconnect());

            assertThat(futures).allSatisfy(future -> assertThat(future).succeedsWithin(TestOptions.WAIT)
                    .satisfies(details -> assertThat(details).isNotEmpty()));
            assertThat(client.isConnected()).isTrue();
            // the reconnect's own requests (the orders' reconciliation) take their turns too
            await().atMost(TestOptions.WAIT).until(() -> client.pacing().waiting() == 0);
        }
    }

    @Test
    void aBacklogLongerThanTheTimeoutFailsAtOnceNamingTheRate() {
        PacingRules rules = PacingRules.tws().withMessageRate(1, Duration.ofSeconds(10)).withMargin(Duration.ZERO);
        ClientOptions options = TestOptions.against(gateway.get(), 1).requestTimeout(Duration.ofSeconds(2)).pacing(rules).build();
        try (TwsClient client = TwsClient.connect(options)) {
            assertThat(client.contractDetails(AAPL)).isNotEmpty();

            assertThatThrownBy(() -> client.contractDetails(AAPL)).isInstanceOfSatisfying(PacingLimitException.class, e -> {
                assertThat(e.rule()).isEqualTo(PacingRule.MESSAGE_RATE);
                assertThat(e.getMessage()).contains("at most 1 message per 10 s");
            });
            assertThat(client.async().contractDetails(AAPL)).failsWithin(TestOptions.WAIT)
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class).withCauseInstanceOf(PacingLimitException.class);
        }
    }

    private static void assertEveryWindowHoldsAtMost(List<Instant> arrivals, int limit, Duration window) {
        for (int i = limit; i < arrivals.size(); i++) {
            assertThat(Duration.between(arrivals.get(i - limit), arrivals.get(i)))
                    .as("requests %d to %d", i - limit, i).isGreaterThanOrEqualTo(window);
        }
    }

    private static List<Instant> arrivals(OutMessage type, int count) {
        return arrivals(gateway.get(), type, count);
    }

    private static List<Instant> arrivals(SimulatedGateway at, OutMessage type, int count) {
        List<Instant> arrivals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            arrivals.add(at.takeRequest(type, TestOptions.WAIT).orElseThrow().receivedAt());
        }
        return arrivals;
    }
}
