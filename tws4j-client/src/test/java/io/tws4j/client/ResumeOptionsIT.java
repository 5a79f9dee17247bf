package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tws4j.accounts.PositionUpdate;
import io.tws4j.connection.ErrorCodes;
import io.tws4j.connection.codec.ConnectionCodec;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.PriceTick;
import io.tws4j.marketdata.Tick;
import io.tws4j.marketdata.TickType;
import io.tws4j.protocol.proto.MarketDataProto;
import io.tws4j.protocol.wire.Frames;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.Replay;
import io.tws4j.simulator.ScriptedAnswer;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * When a stream does not resume, and why, through both surfaces: resuming turned off for one
 * subscription or for the client, a resubscription TWS refuses, a client that gives up
 * reconnecting; and snapshots, which are not streams.
 */
class ResumeOptionsIT {
    private static final Contract AAPL = Contract.stock("AAPL").build();
    private static final Contract MSFT = Contract.stock("MSFT").build();
    /** A bid no market in the simulator quotes: marks the scripted part of a snapshot. */
    private static final double SCRIPTED_BID = 999.25;

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> MarketHours.open(10));

    @ParameterizedTest(name = "async surface: {0}")
    @ValueSource(booleans = {false, true})
    void oneSubscriptionWithResumingOffEndsWithAResetWhileTheOthersResume(boolean async) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Items<Tick> resuming = async ? Items.of(client.async().marketData(AAPL).subscribe())
                     : Items.of(client.marketData(AAPL).subscribe());
             Items<Tick> notResuming = async ? Items.of(client.async().marketData(MSFT).resumeOnReconnect(false).subscribe())
                     : Items.of(client.marketData(MSFT).resumeOnReconnect(false).subscribe())) {
            resuming.nextData(tick -> true);
            notResuming.nextData(tick -> true);

            gateway.get().inject(Fault.disconnect());

            assertThatThrownBy(() -> readToTheEnd(notResuming)).isInstanceOf(ConnectionResetException.class)
                    .hasMessageContaining("market data of MSFT").hasMessageContaining("resuming is off");
            Gaps.interrupted(resuming);
            Gaps.resumed(resuming, false, false);
            resuming.nextData(tick -> true);
            for (int i = 0; i < 3; i++) {
                assertThat(gateway.get().takeRequest(OutMessage.REQ_MKT_DATA, TestOptions.WAIT)).as("both, then AAPL's again").isPresent();
            }
            client.currentTimeMillis();
            assertThat(gateway.get().takeRequest(OutMessage.REQ_MKT_DATA, Duration.ZERO)).as("MSFT's not again").isEmpty();
        }
    }

    @ParameterizedTest(name = "async surface: {0}")
    @ValueSource(booleans = {false, true})
    void withResumingOffForTheClientStreamsEndAsBeforeUnlessASubscriptionAsks(boolean async) {
        ClientOptions options = TestOptions.against(gateway.get(), 1).resumeStreams(false).build();
        try (TwsClient client = TwsClient.connect(options);
             Items<Tick> ticks = async ? Items.of(client.async().marketData(AAPL).subscribe())
                     : Items.of(client.marketData(AAPL).subscribe());
             Items<PositionUpdate> positions = async ? Items.of(client.async().positions()) : Items.of(client.positions());
             Items<Tick> asking = async ? Items.of(client.async().marketData(MSFT).resumeOnReconnect(true).subscribe())
                     : Items.of(client.marketData(MSFT).resumeOnReconnect(true).subscribe())) {
            ticks.nextData(tick -> true);
            positions.nextData(update -> true);
            asking.nextData(tick -> true);

            gateway.get().inject(Fault.disconnect());

            assertThatThrownBy(() -> readToTheEnd(ticks)).isInstanceOf(ConnectionResetException.class);
            assertThatThrownBy(() -> readToTheEnd(positions)).isInstanceOf(ConnectionResetException.class);
            Gaps.interrupted(asking);
            Gaps.resumed(asking, false, false);
            asking.nextData(tick -> true);
        }
    }

    @ParameterizedTest(name = "async surface: {0}")
    @ValueSource(booleans = {false, true})
    void withResumingOffTheSubscriptionsTwsDropsEndWithTheReason(boolean async) {
        ClientOptions options = TestOptions.against(gateway.get(), 1).resumeStreams(false).build();
        try (TwsClient client = TwsClient.connect(options);
             Items<Tick> ticks = async ? Items.of(client.async().marketData(AAPL).subscribe())
                     : Items.of(client.marketData(AAPL).subscribe())) {
            ticks.nextData(tick -> true);

            gateway.get().inject(Fault.notice(ErrorCodes.NO_REQUEST_ID, ErrorCodes.CONNECTIVITY_RESTORED_DATA_LOST,
                    "Connectivity between IB and Trader Workstation has been restored - data lost."));

            assertThatThrownBy(() -> readToTheEnd(ticks)).isInstanceOf(ConnectionLostException.class).hasMessageContaining("1101");
            assertThat(client.isConnected()).isTrue();
        }
    }

    @ParameterizedTest(name = "async surface: {0}")
    @ValueSource(booleans = {false, true})
    void aResubscriptionTwsRefusesEndsTheStreamWithTwsError(boolean async) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Items<Tick> ticks = async ? Items.of(client.async().marketData(AAPL).subscribe())
                     : Items.of(client.marketData(AAPL).subscribe())) {
            ticks.nextData(tick -> true);
            gateway.get().takeRequest(OutMessage.REQ_MKT_DATA, TestOptions.WAIT).orElseThrow();
            // after the reconnect, TWS no longer knows the contract
            gateway.get().enqueue(ScriptedAnswer.of(OutMessage.REQ_MKT_DATA, request -> List.of(Frames.encode(InMessage.ERR_MSG,
                    ConnectionCodec.errorMessage(((MarketDataProto.MarketDataRequest) request).getReqId(), ErrorCodes.NO_SECURITY_DEFINITION,
                            "No security definition has been found for the request", Instant.now())))));

            gateway.get().inject(Fault.disconnect());

            Gaps.interrupted(ticks);
            Gaps.resumed(ticks, false, false);
            assertThatThrownBy(() -> readToTheEnd(ticks)).isInstanceOfSatisfying(RequestRejectedException.class,
                    rejected -> assertThat(rejected.code()).isEqualTo(ErrorCodes.NO_SECURITY_DEFINITION));
            assertThat(gateway.get().takeRequest(OutMessage.REQ_MKT_DATA, TestOptions.WAIT)).isPresent();
        }
    }

    @ParameterizedTest(name = "async surface: {0}")
    @ValueSource(booleans = {false, true})
    void aClientThatGivesUpReconnectingEndsEveryStreamWithConnectionLost(boolean async) {
        SimulatedGateway own = MarketHours.open(10).build().start();
        ClientOptions options = TestOptions.against(own, 1)
                .reconnect(ReconnectPolicy.fibonacci().withMaxAttempts(2).withBackoff(Duration.ofMillis(10), Duration.ofMillis(20)))
                .build();
        try (TwsClient client = TwsClient.connect(options);
             Items<Tick> ticks = async ? Items.of(client.async().marketData(AAPL).subscribe())
                     : Items.of(client.marketData(AAPL).subscribe());
             Items<PositionUpdate> positions = async ? Items.of(client.async().positions()) : Items.of(client.positions())) {
            ticks.nextData(tick -> true);
            positions.nextData(update -> true);

            own.close();

            Gaps.interrupted(ticks);
            assertThatThrownBy(() -> readToTheEnd(ticks)).isInstanceOf(ConnectionLostException.class);
            Gaps.interrupted(positions);
            assertThatThrownBy(() -> readToTheEnd(positions)).isInstanceOf(ConnectionLostException.class);
        } finally {
            own.close();
        }
    }

    @ParameterizedTest(name = "async surface: {0}")
    @ValueSource(booleans = {false, true})
    void aSnapshotInFlightIsSentAgainLikeAnyOneShotWithoutItsPartialAnswer(boolean async) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            // the first answer stops after one tick, so that the snapshot is in flight when the connection drops
            Replay partial = gateway.get().enqueue(ScriptedAnswer.of(OutMessage.REQ_MKT_DATA, request -> List.of(scriptedBid(request))));
            CompletableFuture<List<Tick>> snapshot = async
                    ? client.async().marketData(AAPL).snapshotOnce(Duration.ofSeconds(10))
                    : CompletableFuture.supplyAsync(() -> client.marketData(AAPL).snapshotOnce(Duration.ofSeconds(10)));
            int first = Gaps.requestId(gateway.get().takeRequest(OutMessage.REQ_MKT_DATA, TestOptions.WAIT).orElseThrow());
            assertThat(partial.finished()).succeedsWithin(TestOptions.WAIT);

            gateway.get().inject(Fault.disconnect());

            List<Tick> ticks = Futures.await(snapshot);
            int again = Gaps.requestId(gateway.get().takeRequest(OutMessage.REQ_MKT_DATA, TestOptions.WAIT).orElseThrow());
            assertThat(again).as("a one-shot is sent again as it was").isEqualTo(first);
            assertThat(ticks).filteredOn(tick -> tick instanceof PriceTick price && price.type() == TickType.BID)
                    .singleElement().satisfies(bid -> assertThat(((PriceTick) bid).price()).isNotEqualTo(SCRIPTED_BID));
        }
    }

    @ParameterizedTest(name = "async surface: {0}")
    @ValueSource(booleans = {false, true})
    void aSnapshotStreamInFlightEndsWithAClearErrorAndIsNotSentAgain(boolean async) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            gateway.get().enqueue(ScriptedAnswer.of(OutMessage.REQ_MKT_DATA, request -> List.of(scriptedBid(request))));
            try (Items<Tick> snapshot = async ? Items.of(client.async().marketData(AAPL).snapshot().subscribe())
                    : Items.of(client.marketData(AAPL).snapshot().subscribe())) {
                assertThat(snapshot.next(PriceTick.class).price()).isEqualTo(SCRIPTED_BID);
                gateway.get().takeRequest(OutMessage.REQ_MKT_DATA, TestOptions.WAIT).orElseThrow();

                gateway.get().inject(Fault.disconnect());

                assertThatThrownBy(() -> readToTheEnd(snapshot)).isInstanceOf(ConnectionResetException.class)
                        .hasMessageContaining("market data snapshot of").hasMessageContaining("not sent again");
                await().atMost(TestOptions.WAIT).until(client::isConnected);
                client.currentTimeMillis();
                assertThat(gateway.get().takeRequest(OutMessage.REQ_MKT_DATA, Duration.ZERO)).isEmpty();
            }
        }
    }

    private static byte[] scriptedBid(com.google.protobuf.Message request) {
        return Frames.encode(InMessage.TICK_PRICE, MarketDataProto.TickPrice.newBuilder()
                .setReqId(((MarketDataProto.MarketDataRequest) request).getReqId())
                .setTickType(TickType.BID.id()).setPrice(SCRIPTED_BID).setSize("100").build());
    }

    /** Reads until the stream ends; throws the error that ended it. */
    private static <T> void readToTheEnd(Items<T> items) {
        items.toEnd();
    }
}
