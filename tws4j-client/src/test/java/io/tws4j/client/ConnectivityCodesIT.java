package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tws4j.accounts.PositionUpdate;
import io.tws4j.client.marketdata.Ticker;
import io.tws4j.connection.ErrorCodes;
import io.tws4j.connection.Notice;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.DepthOperation;
import io.tws4j.marketdata.DepthUpdate;
import io.tws4j.marketdata.Tick;
import io.tws4j.orders.OrderUpdate;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.RecordedRequest;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * TWS's connectivity codes as TWS means them, through both surfaces, with the socket untouched:
 * 1100 marks every resuming stream interrupted; 1102 marks it resumed with the data maintained
 * and sends nothing; 1101 sends every subscription's request again on the same socket under a new
 * id; farm notices are notices only. Each still reaches the notice stream.
 *
 * <p>The notices are injected with {@code Fault.notice} here, and the gateway keeps serving the
 * old subscriptions, which the client cancels before subscribing again. When the simulator's
 * {@code Fault.connectivityLost(duration, dataMaintained)} and {@code Fault.farmFlap(...)} land,
 * {@link #connectivityLost} and {@link #farmFlap} switch to them (the gateway then really drops
 * the client's subscriptions on 1101); the assertions stay.
 */
class ConnectivityCodesIT {
    private static final Contract AAPL = Contract.stock("AAPL").build();
    private static final int DATA_ADVISORY = 10167;

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> MarketHours.open(10));

    @ParameterizedTest(name = "async surface: {0}")
    @ValueSource(booleans = {false, true})
    void lostThenRestoredWithDataMaintainedMarksTheGapAndSendsNothing(boolean async) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Items<Notice> notices = async ? Items.of(client.async().notices()) : Items.of(client.notices());
             Items<Tick> ticks = async ? Items.of(client.async().marketData(AAPL).subscribe())
                     : Items.of(client.marketData(AAPL).subscribe());
             Items<PositionUpdate> positions = async ? Items.of(client.async().positions()) : Items.of(client.positions());
             Items<OrderUpdate> orders = async ? Items.of(client.async().orderUpdateStream())
                     : Items.of(client.orderUpdateStream());
             Ticker ticker = async ? Futures.await(client.async().ticker(AAPL)) : client.ticker(AAPL)) {
            int tickId = ticks.nextData(tick -> true).requestId();
            positions.nextData(update -> true);
            ticker.awaitUpdate(0, TestOptions.WAIT);
            int tickerId = ticker.requestId();
            ResumeViewsIT.drain(gateway.get());
            ClientSession session = onlySession(gateway.get());

            connectivityLost(gateway.get(), true);

            assertThat(notices.nextData(notice -> notice.code() == ErrorCodes.CONNECTIVITY_LOST)).isNotNull();
            StreamItem.Interrupted<Tick> interrupted = Gaps.interrupted(ticks);
            assertThat(interrupted.reason()).contains("1100");
            Gaps.interrupted(positions);
            Gaps.interrupted(orders);
            assertThat(notices.nextData(notice -> notice.code() == ErrorCodes.CONNECTIVITY_RESTORED_DATA_MAINTAINED)).isNotNull();
            assertThat(Gaps.resumed(ticks, true, true).gap()).isGreaterThanOrEqualTo(Duration.ZERO);
            Gaps.resumed(positions, true, true);
            Gaps.resumed(orders, true, true);
            await().atMost(TestOptions.WAIT).until(() -> ticker.interruptedSince().isEmpty());

            assertNothingSentButARoundTrip(client);
            assertThat(ticks.nextData(tick -> true).requestId()).as("the same request goes on").isEqualTo(tickId);
            assertThat(ticker.requestId()).isEqualTo(tickerId);
            assertThat(onlySession(gateway.get())).isSameAs(session);
        }
    }

    @ParameterizedTest(name = "async surface: {0}")
    @ValueSource(booleans = {false, true})
    void aTickerSaysWhileItsDataIsStopped(boolean async) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Items<Notice> notices = async ? Items.of(client.async().notices()) : Items.of(client.notices());
             Ticker ticker = async ? Futures.await(client.async().ticker(AAPL)) : client.ticker(AAPL)) {
            ticker.awaitUpdate(0, TestOptions.WAIT);

            gateway.get().inject(Fault.notice(ErrorCodes.NO_REQUEST_ID, ErrorCodes.CONNECTIVITY_LOST,
                    "Connectivity between IB and Trader Workstation has been lost."));

            await().atMost(TestOptions.WAIT).until(() -> ticker.interruptedSince().isPresent());
            assertThat(ticker.isActive()).isTrue();
            gateway.get().inject(Fault.notice(ErrorCodes.NO_REQUEST_ID, ErrorCodes.CONNECTIVITY_RESTORED_DATA_MAINTAINED,
                    "Connectivity between IB and Trader Workstation has been restored - data maintained."));
            await().atMost(TestOptions.WAIT).until(() -> ticker.interruptedSince().isEmpty());
            notices.nextData(notice -> notice.code() == ErrorCodes.CONNECTIVITY_RESTORED_DATA_MAINTAINED);
        }
    }

    @ParameterizedTest(name = "async surface: {0}")
    @ValueSource(booleans = {false, true})
    void restoredWithDataLostSendsEverySubscriptionAgainOnTheSameSocket(boolean async) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Items<Notice> notices = async ? Items.of(client.async().notices()) : Items.of(client.notices());
             Items<Tick> ticks = async ? Items.of(client.async().marketData(AAPL).subscribe())
                     : Items.of(client.marketData(AAPL).subscribe());
             Items<DepthUpdate> depth = async ? Items.of(client.async().marketDepth(AAPL, 5).smartDepth().subscribe())
                     : Items.of(client.marketDepth(AAPL, 5).smartDepth().subscribe());
             Items<PositionUpdate> positions = async ? Items.of(client.async().positions()) : Items.of(client.positions());
             Items<OrderUpdate> orders = async ? Items.of(client.async().orderUpdateStream())
                     : Items.of(client.orderUpdateStream())) {
            int tickId = ticks.nextData(tick -> true).requestId();
            int depthId = depth.nextData(update -> true).requestId();
            positions.nextData(update -> true);
            ResumeViewsIT.drain(gateway.get());
            ClientSession session = onlySession(gateway.get());

            connectivityLost(gateway.get(), false);

            Gaps.interrupted(ticks);
            Gaps.interrupted(depth);
            Gaps.interrupted(positions);
            Gaps.interrupted(orders);
            Gaps.resumed(ticks, false, true);
            Gaps.resumed(depth, false, true);
            Gaps.resumed(positions, false, true);
            Gaps.resumed(orders, true, false);   // the orders are reconciled on the same socket
            int newTickId = Gaps.requestId(gateway.get().takeRequest(OutMessage.REQ_MKT_DATA, TestOptions.WAIT).orElseThrow());
            int newDepthId = Gaps.requestId(gateway.get().takeRequest(OutMessage.REQ_MKT_DEPTH, TestOptions.WAIT).orElseThrow());
            assertThat(newTickId).isNotEqualTo(tickId);
            assertThat(newDepthId).isNotEqualTo(depthId);
            assertThat(Gaps.requestId(gateway.get().takeRequest(OutMessage.CANCEL_MKT_DATA, TestOptions.WAIT).orElseThrow()))
                    .as("the old subscription cancelled, in case TWS kept it").isEqualTo(tickId);
            assertThat(Gaps.requestId(gateway.get().takeRequest(OutMessage.CANCEL_MKT_DEPTH, TestOptions.WAIT).orElseThrow()))
                    .isEqualTo(depthId);
            assertThat(gateway.get().takeRequest(OutMessage.REQ_POSITIONS, TestOptions.WAIT)).isPresent();
            assertThat(ticks.nextData(tick -> tick.requestId() == newTickId)).isNotNull();
            assertThat(depth.nextData(update -> update.requestId() == newDepthId).operation())
                    .as("the book starts again with inserts").isEqualTo(DepthOperation.INSERT);
            positions.nextData(update -> true);

            assertThat(client.isConnected()).isTrue();
            assertThat(onlySession(gateway.get())).as("the same socket").isSameAs(session);
            List<Integer> codes = new ArrayList<>();
            while (codes.isEmpty() || codes.getLast() != ErrorCodes.CONNECTIVITY_RESTORED_DATA_LOST) {
                codes.add(notices.nextData(notice -> true).code());
            }
            assertThat(codes).contains(ErrorCodes.CONNECTIVITY_LOST).doesNotContain(ErrorCodes.CLIENT_CONNECTION_LOST);
        }
    }

    @ParameterizedTest(name = "async surface: {0}")
    @ValueSource(booleans = {false, true})
    void farmNoticesAreNoticesOnlyAndTearNothingDown(boolean async) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Items<Notice> notices = async ? Items.of(client.async().notices()) : Items.of(client.notices());
             Items<Tick> ticks = async ? Items.of(client.async().marketData(AAPL).subscribe())
                     : Items.of(client.marketData(AAPL).subscribe());
             Ticker ticker = async ? Futures.await(client.async().ticker(AAPL)) : client.ticker(AAPL)) {
            int tickId = ticks.nextData(tick -> true).requestId();
            ticker.awaitUpdate(0, TestOptions.WAIT);
            ResumeViewsIT.drain(gateway.get());
            ClientSession session = onlySession(gateway.get());

            List<Integer> farmCodes = farmFlap(gateway.get());
            // a warning about the stream itself, after the farm notices on the same socket: once the
            // stream shows it, every farm notice was handled
            gateway.get().inject(Fault.notice(tickId, DATA_ADVISORY, "Requested market data is not subscribed."));

            // the start-up's farm notices (2104, 2106, 2158) may come first
            List<Integer> seen = new ArrayList<>(List.of(notices.nextData(notice -> notice.code() == farmCodes.getFirst()).code()));
            while (seen.size() < farmCodes.size()) {
                seen.add(notices.nextData(notice -> farmCodes.contains(notice.code())).code());
            }
            assertThat(seen).containsExactlyElementsOf(farmCodes);
            while (true) {
                StreamItem<Tick> item = ticks.next();
                assertThat(item).as("no mark").isInstanceOfAny(StreamItem.Data.class, StreamItem.Notice.class);
                if (item instanceof StreamItem.Notice<Tick>(Notice notice) && notice.code() == DATA_ADVISORY) {
                    break;
                }
            }
            assertThat(ticks.nextData(tick -> true).requestId()).isEqualTo(tickId);
            assertThat(ticker.interruptedSince()).isEmpty();
            assertThat(ticker.isActive()).isTrue();
            assertNothingSentButARoundTrip(client);
            assertThat(onlySession(gateway.get())).isSameAs(session);
        }
    }

    /**
     * TWS loses IB's servers, then gets them back: 1100, then 1102 or 1101. To switch to
     * {@code Fault.connectivityLost(duration, dataMaintained)} when the simulator has it.
     */
    private static void connectivityLost(SimulatedGateway gateway, boolean dataMaintained) {
        gateway.inject(Fault.notice(ErrorCodes.NO_REQUEST_ID, ErrorCodes.CONNECTIVITY_LOST,
                "Connectivity between IB and Trader Workstation has been lost."));
        gateway.inject(dataMaintained
                ? Fault.notice(ErrorCodes.NO_REQUEST_ID, ErrorCodes.CONNECTIVITY_RESTORED_DATA_MAINTAINED,
                        "Connectivity between IB and Trader Workstation has been restored - data maintained.")
                : Fault.notice(ErrorCodes.NO_REQUEST_ID, ErrorCodes.CONNECTIVITY_RESTORED_DATA_LOST,
                        "Connectivity between IB and Trader Workstation has been restored - data lost."));
    }

    /** Every data farm breaks and comes back; returns the codes sent, in order. To switch to {@code Fault.farmFlap(...)}. */
    private static List<Integer> farmFlap(SimulatedGateway gateway) {
        List<Integer> codes = List.of(2103, 2104, 2105, 2106, 2157, 2158);
        List<String> texts = List.of("Market data farm connection is broken:usfarm", "Market data farm connection is OK:usfarm",
                "HMDS data farm connection is broken:ushmds", "HMDS data farm connection is OK:ushmds",
                "Sec-def data farm connection is broken:secdefnj", "Sec-def data farm connection is OK:secdefnj");
        for (int i = 0; i < codes.size(); i++) {
            gateway.inject(Fault.notice(ErrorCodes.NO_REQUEST_ID, codes.get(i), texts.get(i)));
        }
        return codes;
    }

    /** A round trip; the gateway received it and nothing else since it was last drained. */
    private static void assertNothingSentButARoundTrip(TwsClient client) {
        client.currentTimeMillis();
        RecordedRequest only = gateway.get().takeRequest(TestOptions.WAIT).orElseThrow();
        assertThat(only.message()).isEqualTo(OutMessage.REQ_CURRENT_TIME_IN_MILLIS);
        assertThat(gateway.get().takeRequest(Duration.ZERO)).isEmpty();
    }

    private static ClientSession onlySession(SimulatedGateway gateway) {
        Set<ClientSession> sessions = gateway.engine().sessions();
        assertThat(sessions).hasSize(1);
        return sessions.iterator().next();
    }
}
