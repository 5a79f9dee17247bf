package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.MarketDataRequest;
import io.tws4j.marketdata.codec.MarketDataCodec;
import io.tws4j.orders.Action;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderType;
import io.tws4j.orders.TimeInForce;
import io.tws4j.orders.codec.OrdersCodec;
import io.tws4j.protocol.proto.AccountsProto;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTimeInMillis;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTimeInMillisRequest;
import io.tws4j.protocol.proto.ConnectionProto.ErrorMessage;
import io.tws4j.protocol.proto.ConnectionProto.NextValidId;
import io.tws4j.protocol.proto.HistoricalProto;
import io.tws4j.protocol.proto.MarketDataProto;
import io.tws4j.protocol.proto.OrdersProto;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.protocol.wire.ProtocolException;
import io.tws4j.simulator.core.ClientSession;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every fault, as a client sees it on the wire. */
class FaultsIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Set<InMessage> LIVE = EnumSet.of(InMessage.TICK_PRICE, InMessage.TICK_SIZE, InMessage.TICK_STRING,
            InMessage.TICK_GENERIC, InMessage.TICK_BY_TICK, InMessage.MARKET_DEPTH, InMessage.REAL_TIME_BARS);
    private static final Contract AAPL = Contract.stock("AAPL").build();

    private SimulatedGateway gateway;

    @BeforeEach
    void start() {
        gateway = SimulatedGateway.builder().startTime(Instant.parse("2025-01-06T15:00:00Z")).speed(20).build().start();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    // ---- restart

    @Test
    void aRestartSends1100ClosesRefusesThenListensOnTheSamePortWithOrdersAndIdsKept() throws Exception {
        int port = gateway.port();
        try (RawClient client = RawClient.started(port, 7)) {
            client.send(OutMessage.PLACE_ORDER, OrdersCodec.placeOrderRequest(5, AAPL, Order.builder().action(Action.BUY)
                    .totalQuantity(10).orderType(OrderType.LIMIT).limitPrice(1).timeInForce(TimeInForce.GOOD_TILL_CANCEL).build()));
            awaitStatus(client, 5, "PreSubmitted");

            CompletableFuture<Void> restarted = gateway.inject(Fault.restart(Duration.ofSeconds(1)));

            ErrorMessage lost = client.nextOf(InMessage.ERR_MSG, ErrorMessage.parser());
            assertThat(lost.getErrorCode()).isEqualTo(1100);
            assertThat(lost.getErrorMsg()).isEqualTo("Connectivity between IB and Trader Workstation has been lost.");
            assertThat(client.isClosedByGateway()).isTrue();
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
            assertThat(restarted).isNotDone();

            restarted.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
        assertThat(gateway.port()).isEqualTo(port);
        try (RawClient again = new RawClient(port)) {
            again.hello(new io.tws4j.protocol.wire.VersionRange(213, 226));
            again.startApi(7);
            assertThat(again.nextOf(InMessage.NEXT_VALID_ID, NextValidId.parser()).getOrderId()).isEqualTo(6);
            again.send(OutMessage.REQ_OPEN_ORDERS, OrdersCodec.openOrdersRequest());
            OrdersProto.OpenOrder open = again.nextOf(InMessage.OPEN_ORDER, OrdersProto.OpenOrder.parser());
            assertThat(open.getOrderId()).isEqualTo(5);
            assertThat(open.getOrder().getTif()).isEqualTo("GTC");
        }
    }

    @Test
    void aRestartIsGatewayWide() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            assertThatThrownBy(() -> gateway.inject(1, Fault.restart(Duration.ZERO))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    // ---- connectivity

    @Test
    void connectivityLostWithDataMaintainedStopsDataBetween1100And1102ThenItFlowsAgain() throws Exception {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_MKT_DATA, MarketDataCodec.marketDataRequest(11, MarketDataRequest.streaming(AAPL)));
            client.nextOf(InMessage.TICK_PRICE, MarketDataProto.TickPrice.parser());

            CompletableFuture<Void> over = gateway.inject(Fault.connectivityLost(Duration.ofSeconds(1), true));

            assertThat(client.nextOf(InMessage.ERR_MSG, ErrorMessage.parser()).getErrorCode()).isEqualTo(1100);
            ErrorMessage restored = readUntilNotice(client, new ArrayList<>(), false);
            assertThat(restored.getErrorCode()).isEqualTo(1102);
            assertThat(restored.getErrorMsg())
                    .isEqualTo("Connectivity between IB and Trader Workstation has been restored - data maintained.");
            assertThat(client.nextOf(InMessage.TICK_PRICE, MarketDataProto.TickPrice.parser()).getReqId()).isEqualTo(11);
            assertThat(over).succeedsWithin(WAIT);
            assertThat(gateway.marketDataStatus().lines()).isEqualTo(1);
        }
    }

    @Test
    void connectivityLostWithDataLostDropsEverySubscriptionBefore1101() throws Exception {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_MKT_DATA, MarketDataCodec.marketDataRequest(11, MarketDataRequest.streaming(AAPL)));
            client.send(OutMessage.REQ_POSITIONS, AccountsProto.PositionsRequest.getDefaultInstance());
            client.send(OutMessage.REQ_NEWS_BULLETINS, io.tws4j.protocol.proto.NewsProto.NewsBulletinsRequest.getDefaultInstance());
            client.nextOf(InMessage.POSITION_END, AccountsProto.PositionEnd.parser());
            client.nextOf(InMessage.TICK_PRICE, MarketDataProto.TickPrice.parser());
            ClientSession session = session(1);
            assertThat(gateway.engine().countSubscriptions(session))
                    .containsEntry("market data", 1).containsEntry("positions", 1).containsEntry("news bulletins", 1);

            gateway.inject(Fault.connectivityLost(Duration.ofMillis(500), false));

            assertThat(client.nextOf(InMessage.ERR_MSG, ErrorMessage.parser()).getErrorCode()).isEqualTo(1100);
            ErrorMessage restored = readUntilNotice(client, new ArrayList<>(), false);
            assertThat(restored.getErrorCode()).isEqualTo(1101);
            assertThat(restored.getErrorMsg()).isEqualTo("Connectivity between IB and Trader Workstation has been restored - data lost.");
            assertThat(gateway.engine().countSubscriptions(session)).isEmpty();
            assertThat(gateway.marketDataStatus().lines()).isZero();

            client.send(OutMessage.REQ_MKT_DATA, MarketDataCodec.marketDataRequest(11, MarketDataRequest.streaming(AAPL)));
            assertThat(client.next()).isEqualTo(InMessage.TICK_REQ_PARAMS);
            assertThat(client.body(MarketDataProto.TickReqParams.parser()).getReqId()).isEqualTo(11);
        }
    }

    // ---- farms

    @ParameterizedTest(name = "{0}: {1} then {2}")
    @CsvSource({
            "usfarm, 2103, 2104, Market data farm connection is broken:usfarm, Market data farm connection is OK:usfarm",
            "ushmds, 2105, 2106, HMDS data farm connection is broken:ushmds, HMDS data farm connection is OK:ushmds",
            "secdefnj, 2157, 2158, Sec-def data farm connection is broken:secdefnj, Sec-def data farm connection is OK:secdefnj"})
    void aFarmFlapIsTwoNoticesAndNothingElse(String farm, int broken, int ok, String brokenText, String okText) throws Exception {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            CompletableFuture<Void> over = gateway.inject(Fault.farmFlap(farm, Duration.ofMillis(300)));

            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            ErrorMessage first = client.body(ErrorMessage.parser());
            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            ErrorMessage second = client.body(ErrorMessage.parser());

            assertThat(List.of(first.getId(), first.getErrorCode(), second.getId(), second.getErrorCode()))
                    .containsExactly(-1, broken, -1, ok);
            assertThat(first.getErrorMsg()).isEqualTo(brokenText);
            assertThat(second.getErrorMsg()).isEqualTo(okText);
            assertThat(over).succeedsWithin(WAIT);
            assertThat(currentTime(client)).isPositive();
        }
    }

    // ---- a hung gateway

    @Test
    void stopWritingHandlesRequestsButSendsNothingUntilItEndsAndNeverCountsAsSlow() throws Exception {
        try (SimulatedGateway small = SimulatedGateway.builder().startTime(Instant.parse("2025-01-06T15:00:00Z")).speed(50)
                .outboundLimits(new OutboundLimits(20, 1 << 20, Duration.ofMillis(200))).build().start();
             RawClient client = RawClient.started(small.port(), 1)) {
            client.send(OutMessage.REQ_MKT_DATA, MarketDataCodec.marketDataRequest(11, MarketDataRequest.streaming(AAPL)));
            client.nextOf(InMessage.TICK_PRICE, MarketDataProto.TickPrice.parser());

            CompletableFuture<Void> over = small.inject(Fault.stopWriting(Duration.ofMillis(1500)));
            drainFor(client, Duration.ofMillis(200));      // whatever was written before the hold
            client.send(OutMessage.REQ_CURRENT_TIME_IN_MILLIS, CurrentTimeInMillisRequest.getDefaultInstance());

            assertThat(small.takeRequest(OutMessage.REQ_CURRENT_TIME_IN_MILLIS, WAIT)).isPresent();
            client.setTimeout(Duration.ofMillis(500));
            assertThatThrownBy(client::next).isInstanceOf(SocketTimeoutException.class);
            await().atMost(WAIT).until(() -> session(small, 1).queuedFrames() > 20);
            client.setTimeout(WAIT);
            client.nextOf(InMessage.CURRENT_TIME_IN_MILLIS, CurrentTimeInMillis.parser());
            assertThat(over).succeedsWithin(WAIT);
            assertThat(small.connectedClientIds()).containsExactly(1);
        }
    }

    @Test
    void stopWritingThenCloseSendsNothingMoreAndCloses() throws Exception {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            gateway.inject(Fault.stopWritingThenClose(Duration.ofMillis(500)));
            client.send(OutMessage.REQ_CURRENT_TIME_IN_MILLIS, CurrentTimeInMillisRequest.getDefaultInstance());

            assertThat(gateway.takeRequest(OutMessage.REQ_CURRENT_TIME_IN_MILLIS, WAIT)).isPresent();
            assertThatThrownBy(client::next).isInstanceOf(EOFException.class);
        }
    }

    @Test
    void aStallStopsReadingAndAnswersWhenItEnds() throws Exception {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            CompletableFuture<Void> over = gateway.inject(Fault.stall(Duration.ofMillis(500)));
            client.send(OutMessage.REQ_CURRENT_TIME_IN_MILLIS, CurrentTimeInMillisRequest.getDefaultInstance());

            client.setTimeout(Duration.ofMillis(300));
            assertThatThrownBy(client::next).isInstanceOf(SocketTimeoutException.class);
            client.setTimeout(WAIT);
            assertThat(client.next()).isEqualTo(InMessage.CURRENT_TIME_IN_MILLIS);
            assertThat(over).succeedsWithin(WAIT);
        }
    }

    // ---- disconnects at a chosen step

    @Test
    void dropAfterFramesAnswersTheFramesBeforeAndNeverHandlesTheLast() throws Exception {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            CompletableFuture<Void> closed = gateway.injectInto(1, Fault.dropAfterFrames(2)).orElseThrow();
            client.send(OutMessage.REQ_CURRENT_TIME_IN_MILLIS, CurrentTimeInMillisRequest.getDefaultInstance());
            client.send(OutMessage.PLACE_ORDER, OrdersCodec.placeOrderRequest(1, AAPL, limitBuy()));

            assertThat(client.next()).isEqualTo(InMessage.CURRENT_TIME_IN_MILLIS);
            assertThatThrownBy(client::next).isInstanceOf(EOFException.class);
            assertThat(closed).succeedsWithin(WAIT);
        }
        assertThat(gateway.takeRequest(OutMessage.PLACE_ORDER, Duration.ZERO)).isEmpty();
        assertThat(openOrdersOf(1)).isEmpty();
    }

    @Test
    void closeAfterFramesActsOnTheLastButItsAnswersNeverLeave() throws Exception {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            CompletableFuture<Void> closed = gateway.injectInto(1, Fault.closeAfterFrames(2)).orElseThrow();
            client.send(OutMessage.REQ_CURRENT_TIME_IN_MILLIS, CurrentTimeInMillisRequest.getDefaultInstance());
            client.send(OutMessage.PLACE_ORDER, OrdersCodec.placeOrderRequest(1, AAPL, limitBuy()));

            assertThat(client.next()).isEqualTo(InMessage.CURRENT_TIME_IN_MILLIS);
            assertThatThrownBy(client::next).isInstanceOf(EOFException.class);
            assertThat(closed).succeedsWithin(WAIT);
        }
        assertThat(gateway.takeRequest(OutMessage.PLACE_ORDER, Duration.ZERO)).isPresent();
        assertThat(openOrdersOf(1)).containsExactly(1);
    }

    @Test
    void closeGracefullyWritesEverythingQueuedThenEndsTheStream() throws Exception {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            gateway.inject(Fault.stopWriting(Duration.ofSeconds(30)));
            for (int i = 0; i < 100; i++) {
                client.send(OutMessage.REQ_CURRENT_TIME_IN_MILLIS, CurrentTimeInMillisRequest.getDefaultInstance());
            }
            await().atMost(WAIT).until(() -> session(1).queuedFrames() == 100);

            gateway.inject(Fault.closeGracefully());

            for (int i = 0; i < 100; i++) {
                assertThat(client.next()).isEqualTo(InMessage.CURRENT_TIME_IN_MILLIS);
            }
            assertThatThrownBy(client::next).isInstanceOf(EOFException.class);
        }
    }

    @Test
    void aDisconnectClosesAtOnce() throws Exception {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            gateway.inject(Fault.disconnect());

            assertThat(client.isClosedByGateway()).isTrue();
            await().atMost(WAIT).until(() -> gateway.connectedClientIds().isEmpty());
        }
    }

    @Test
    void aTruncatedFrameIsSentThenTheStreamEnds() throws Exception {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            gateway.inject(Fault.malformed(Fault.Malformation.TRUNCATED));

            assertThatThrownBy(() -> {
                client.next();
                client.reader.finish();
            }).isInstanceOf(ProtocolException.class);
        }
    }

    @Test
    void aNoticeArrivesAsSent() throws Exception {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            gateway.inject(1, Fault.notice(-1, 2100, "API client has been unsubscribed from account data."));

            ErrorMessage notice = client.nextOf(InMessage.ERR_MSG, ErrorMessage.parser());
            assertThat(notice.getErrorCode()).isEqualTo(2100);
            assertThat(notice.getErrorMsg()).isEqualTo("API client has been unsubscribed from account data.");
        }
    }

    // ---- market data taken elsewhere

    @Test
    void aCompetingSessionSends10197OnEachMarketDataRequestAndStopsIt() throws Exception {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_MKT_DATA, MarketDataCodec.marketDataRequest(11, MarketDataRequest.streaming(AAPL)));
            client.send(OutMessage.REQ_MKT_DATA, MarketDataCodec.marketDataRequest(12,
                    MarketDataRequest.streaming(Contract.stock("MSFT").build())));
            client.send(OutMessage.REQ_TICK_BY_TICK_DATA, MarketDataProto.TickByTickRequest.newBuilder().setReqId(13)
                    .setContract(io.tws4j.contracts.codec.ContractsCodec.contract(AAPL)).setTickType("Last").build());
            await().atMost(WAIT).until(() -> gateway.marketDataStatus().lines() == 2 && gateway.marketDataStatus().tickByTickStreams() == 1);

            gateway.inject(Fault.competingSession());

            List<Integer> ids = new ArrayList<>();
            while (ids.size() < 3) {
                ErrorMessage notice = client.nextOf(InMessage.ERR_MSG, ErrorMessage.parser());
                assertThat(notice.getErrorCode()).isEqualTo(10197);
                assertThat(notice.getErrorMsg()).isEqualTo("No market data during competing live session");
                ids.add(notice.getId());
            }
            assertThat(ids).containsExactlyInAnyOrder(11, 12, 13);
            assertThat(gateway.marketDataStatus().lines()).isZero();
            assertThat(gateway.marketDataStatus().tickByTickStreams()).isZero();
        }
    }

    // ---- pacing

    @Test
    void aPacingViolationRefusesTheNextRequestOfItsKindOnly() throws Exception {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            gateway.inject(Fault.pacingViolation(OutMessage.REQ_HISTORICAL_DATA));
            gateway.inject(1, Fault.pacingViolation(OutMessage.REQ_REAL_TIME_BARS));
            client.send(OutMessage.REQ_HISTORICAL_DATA, HistoricalProto.HistoricalDataRequest.newBuilder().setReqId(7).build());
            client.send(OutMessage.REQ_REAL_TIME_BARS, MarketDataProto.RealTimeBarsRequest.newBuilder().setReqId(8).build());
            client.send(OutMessage.REQ_HISTORICAL_DATA, HistoricalProto.HistoricalDataRequest.newBuilder().setReqId(9).build());

            ErrorMessage historical = client.nextOf(InMessage.ERR_MSG, ErrorMessage.parser());
            ErrorMessage bars = client.nextOf(InMessage.ERR_MSG, ErrorMessage.parser());
            ErrorMessage next = client.nextOf(InMessage.ERR_MSG, ErrorMessage.parser());

            assertThat(List.of(historical.getId(), historical.getErrorCode())).containsExactly(7, 162);
            assertThat(historical.getErrorMsg())
                    .isEqualTo("Historical Market Data Service error message:Historical data request pacing violation");
            assertThat(List.of(bars.getId(), bars.getErrorCode())).containsExactly(8, 420);
            assertThat(bars.getErrorMsg()).isEqualTo("Invalid Real-time Query:Historical data request pacing violation");
            assertThat(next.getId()).isEqualTo(9);
            assertThat(next.getErrorMsg()).doesNotContain("pacing");
        }
    }

    @Test
    void overTheMessageRateTwsRejectsWith100ThenDisconnects() throws Exception {
        try (SimulatedGateway limited = SimulatedGateway.builder().messageRateLimit(MessageRateLimit.rejecting(5, 3)).build().start();
             RawClient client = RawClient.started(limited.port(), 1)) {
            for (int i = 0; i < 8; i++) {
                client.send(OutMessage.REQ_CURRENT_TIME_IN_MILLIS, CurrentTimeInMillisRequest.getDefaultInstance());
            }

            int answers = 0;
            int rejections = 0;
            try {
                while (true) {
                    InMessage type = client.next();
                    if (type == InMessage.CURRENT_TIME_IN_MILLIS) {
                        answers++;
                    } else {
                        ErrorMessage rejection = client.body(ErrorMessage.parser());
                        assertThat(rejection.getErrorCode()).isEqualTo(100);
                        assertThat(rejection.getErrorMsg()).isEqualTo("Max rate of messages per second has been exceeded.");
                        rejections++;
                    }
                }
            } catch (EOFException closed) {
                assertThat(answers).isEqualTo(5);
                assertThat(rejections).isEqualTo(3);
            }
        }
    }

    @Test
    void aClientAskingForPaceApiIsPacedNotRejected() throws Exception {
        try (SimulatedGateway limited = SimulatedGateway.builder().messageRateLimit(MessageRateLimit.rejecting(5, 3)).build().start();
             RawClient client = new RawClient(limited.port())) {
            client.writeRaw(io.tws4j.protocol.wire.Handshake.encodeHello(new io.tws4j.protocol.wire.Hello(
                    new io.tws4j.protocol.wire.VersionRange(213, 226), "+PACEAPI")));
            io.tws4j.protocol.wire.Handshake.readAck(client.reader);
            client.startApi(1);
            for (int i = 0; i < 5; i++) {
                client.next();
            }
            long start = System.nanoTime();
            for (int i = 0; i < 8; i++) {
                client.send(OutMessage.REQ_CURRENT_TIME_IN_MILLIS, CurrentTimeInMillisRequest.getDefaultInstance());
            }

            for (int i = 0; i < 8; i++) {
                assertThat(client.next()).isEqualTo(InMessage.CURRENT_TIME_IN_MILLIS);
            }
            // START_API counted too: the sixth to eighth wait for the first second to pass.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(500));
            assertThat(limited.connectedClientIds()).containsExactly(1);
        }
    }

    // ---- helpers

    private ClientSession session(int clientId) {
        return session(gateway, clientId);
    }

    private static ClientSession session(SimulatedGateway gateway, int clientId) {
        return gateway.engine().sessions().stream().filter(s -> s.clientId() == clientId).findFirst().orElseThrow();
    }

    private List<Integer> openOrdersOf(int clientId) throws IOException {
        try (RawClient observer = RawClient.started(gateway.port(), 99)) {
            observer.send(OutMessage.REQ_ALL_OPEN_ORDERS, OrdersProto.AllOpenOrdersRequest.getDefaultInstance());
            List<Integer> ids = new ArrayList<>();
            while (true) {
                InMessage type = observer.next();
                if (type == InMessage.OPEN_ORDER_END) {
                    return ids;
                }
                if (type == InMessage.OPEN_ORDER) {
                    OrdersProto.OpenOrder open = observer.body(OrdersProto.OpenOrder.parser());
                    if (open.getOrder().getClientId() == clientId) {
                        ids.add(open.getOrderId());
                    }
                }
            }
        }
    }

    private static Order limitBuy() {
        return Order.builder().action(Action.BUY).totalQuantity(10).orderType(OrderType.LIMIT).limitPrice(1).build();
    }

    private static long currentTime(RawClient client) throws IOException {
        client.send(OutMessage.REQ_CURRENT_TIME_IN_MILLIS, CurrentTimeInMillisRequest.getDefaultInstance());
        return client.nextOf(InMessage.CURRENT_TIME_IN_MILLIS, CurrentTimeInMillis.parser()).getCurrentTimeInMillis();
    }

    /** Reads frames until the next notice, failing on live data when {@code liveAllowed} is false. */
    private static ErrorMessage readUntilNotice(RawClient client, List<InMessage> seen, boolean liveAllowed) throws IOException {
        while (true) {
            InMessage type = client.next();
            if (type == InMessage.ERR_MSG) {
                return client.body(ErrorMessage.parser());
            }
            assertThat(liveAllowed || !LIVE.contains(type)).as("%s while connectivity is lost", type).isTrue();
            seen.add(type);
        }
    }

    /** Reads and throws away whatever arrives for {@code duration}. */
    private static void drainFor(RawClient client, Duration duration) throws IOException {
        client.setTimeout(duration);
        try {
            while (true) {
                client.next();
                client.reader.finish();
            }
        } catch (SocketTimeoutException e) {
            client.setTimeout(WAIT);
        }
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
