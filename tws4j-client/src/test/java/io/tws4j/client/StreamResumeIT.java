package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tws4j.accounts.AccountSummaryTag;
import io.tws4j.contracts.Contract;
import io.tws4j.historical.BarSize;
import io.tws4j.historical.HistoricalDuration;
import io.tws4j.news.NewsBulletin;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderUpdate;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.scanner.ScanCode;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.RecordedRequest;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of stream keeps flowing across a dropped connection, through both surfaces: the
 * subscriber sees Interrupted, then Resumed (the data not maintained), then data again, and the
 * gateway receives the request again after the reconnect, under a new request id where it has one.
 * (When the simulator's {@code Fault.restart(downtime)} lands, a variant with a gateway down for a
 * while belongs here; {@code Fault.disconnect()} drops the socket and the gateway takes the client
 * back at once.)
 */
class StreamResumeIT {
    static final Contract AAPL = Contract.stock("AAPL").build();
    static final String ACCOUNT = "DU1234567";

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> MarketHours.open(10));

    /** A kind of stream: how each surface opens it, the request it sends, and what makes it deliver. */
    enum Kind {
        MARKET_DATA(OutMessage.REQ_MKT_DATA, true) {
            @Override
            Items<?> open(TwsClient client, boolean async) {
                return async ? Items.of(client.async().marketData(AAPL).subscribe())
                        : Items.of(client.marketData(AAPL).subscribe());
            }
        },
        MARKET_DEPTH(OutMessage.REQ_MKT_DEPTH, true) {
            @Override
            Items<?> open(TwsClient client, boolean async) {
                return async ? Items.of(client.async().marketDepth(AAPL, 5).smartDepth().subscribe())
                        : Items.of(client.marketDepth(AAPL, 5).smartDepth().subscribe());
            }
        },
        TICK_BY_TICK(OutMessage.REQ_TICK_BY_TICK_DATA, true) {
            @Override
            Items<?> open(TwsClient client, boolean async) {
                return async ? Items.of(client.async().tickByTick(AAPL).bidAsk())
                        : Items.of(client.tickByTick(AAPL).bidAsk());
            }
        },
        REAL_TIME_BARS(OutMessage.REQ_REAL_TIME_BARS, true) {
            @Override
            Items<?> open(TwsClient client, boolean async) {
                return async ? Items.of(client.async().realTimeBars(AAPL).subscribe())
                        : Items.of(client.realTimeBars(AAPL).subscribe());
            }
        },
        HISTORICAL_BARS_KEPT_UP_TO_DATE(OutMessage.REQ_HISTORICAL_DATA, true) {
            @Override
            Items<?> open(TwsClient client, boolean async) {
                HistoricalDuration half = HistoricalDuration.seconds(1800);
                return async ? Items.of(client.async().historicalData(AAPL, BarSize.MINUTES_1).duration(half).keepUpToDate())
                        : Items.of(client.historicalData(AAPL, BarSize.MINUTES_1).duration(half).keepUpToDate());
            }
        },
        POSITIONS(OutMessage.REQ_POSITIONS, false) {
            @Override
            Items<?> open(TwsClient client, boolean async) {
                return async ? Items.of(client.async().positions()) : Items.of(client.positions());
            }
        },
        ACCOUNT_UPDATES(OutMessage.REQ_ACCT_DATA, false) {
            @Override
            Items<?> open(TwsClient client, boolean async) {
                return async ? Items.of(client.async().accountUpdates(ACCOUNT)) : Items.of(client.accountUpdates(ACCOUNT));
            }
        },
        ACCOUNT_SUMMARY(OutMessage.REQ_ACCOUNT_SUMMARY, true) {
            @Override
            Items<?> open(TwsClient client, boolean async) {
                List<AccountSummaryTag> tags = List.of(AccountSummaryTag.NET_LIQUIDATION);
                return async ? Items.of(client.async().accountSummary("All", tags))
                        : Items.of(client.accountSummary("All", tags));
            }
        },
        PNL(OutMessage.REQ_PNL, true) {
            @Override
            Items<?> open(TwsClient client, boolean async) {
                return async ? Items.of(client.async().pnl(ACCOUNT, "")) : Items.of(client.pnl(ACCOUNT, ""));
            }
        },
        NEWS_BULLETINS(OutMessage.REQ_NEWS_BULLETINS, false) {
            @Override
            Items<?> open(TwsClient client, boolean async) {
                return async ? Items.of(client.async().newsBulletins(false)) : Items.of(client.newsBulletins(false));
            }

            @Override
            void nudge(SimulatedGateway gateway) {
                gateway.publishBulletin(NewsBulletin.Type.REGULAR, "trading halted in XYZ", "ISLAND");
            }
        },
        SCANNER(OutMessage.REQ_SCANNER_SUBSCRIPTION, true) {
            @Override
            Items<?> open(TwsClient client, boolean async) {
                return async ? Items.of(client.async().scannerSubscription(ScanCode.TOP_PERC_GAIN).subscribe())
                        : Items.of(client.scannerSubscription(ScanCode.TOP_PERC_GAIN).subscribe());
            }
        };

        final OutMessage request;
        final boolean byRequestId;

        Kind(OutMessage request, boolean byRequestId) {
            this.request = request;
            this.byRequestId = byRequestId;
        }

        abstract Items<?> open(TwsClient client, boolean async);

        /** Makes the gateway send something to a stream that is otherwise quiet; nothing by default. */
        void nudge(SimulatedGateway gateway) {}
    }

    static Stream<Arguments> kindsOnBothSurfaces() {
        return Stream.of(Kind.values()).flatMap(kind -> Stream.of(Arguments.of(kind, false), Arguments.of(kind, true)));
    }

    @ParameterizedTest(name = "{0}, async surface: {1}")
    @MethodSource("kindsOnBothSurfaces")
    void keepsDeliveringAcrossADisconnectAndSaysSo(Kind kind, boolean async) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            resumesAcrossADisconnect(gateway.get(), kind.open(client, async), kind);
            assertThat(client.isConnected()).isTrue();
        }
    }

    /** Reads an open stream through one gap and checks what the gateway received. */
    static <T> void resumesAcrossADisconnect(SimulatedGateway gateway, Items<T> stream, Kind kind) {
        try (Items<T> items = stream) {
            RecordedRequest first = gateway.takeRequest(kind.request, TestOptions.WAIT).orElseThrow();
            Gaps.nextData(items, () -> kind.nudge(gateway));

            gateway.inject(Fault.disconnect());

            StreamItem.Interrupted<T> interrupted = Gaps.interrupted(items);
            StreamItem.Resumed<T> resumed = Gaps.resumed(items, false, false);
            assertThat(resumed.at()).isAfterOrEqualTo(interrupted.at());
            assertThat(resumed.gap()).isEqualTo(java.time.Duration.between(interrupted.at(), resumed.at()));
            RecordedRequest again = gateway.takeRequest(kind.request, TestOptions.WAIT).orElseThrow();
            assertThat(again.body().getClass()).isEqualTo(first.body().getClass());
            if (kind.byRequestId) {
                assertThat(Gaps.requestId(again)).as("sent again under a new request id").isNotEqualTo(Gaps.requestId(first));
                assertThat(again.body().toBuilder().clearField(again.body().getDescriptorForType().findFieldByNumber(1)).build())
                        .as("the same request otherwise")
                        .isEqualTo(first.body().toBuilder().clearField(first.body().getDescriptorForType().findFieldByNumber(1)).build());
            } else {
                assertThat(again.body()).as("the same id-less request").isEqualTo(first.body());
            }
            Gaps.nextData(items, () -> kind.nudge(gateway));
        }
    }

    @ParameterizedTest(name = "async surface: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void theOrderUpdateStreamMarksTheGapAndNeverEndsOnALoss(boolean async) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Items<OrderUpdate> updates = async ? Items.of(client.async().orderUpdateStream())
                     : Items.of(client.orderUpdateStream())) {
            for (int loss = 1; loss <= 3; loss++) {
                gateway.get().inject(Fault.disconnect());

                Gaps.interrupted(updates);
                // the orders are reconciled across the gap: the stream's state stays valid
                Gaps.resumed(updates, true, false);
            }
            await().atMost(TestOptions.WAIT).until(client::isConnected);
            int id = client.order(AAPL).buy(1).limit(1).submit();
            assertThat(updates.nextData(update -> update instanceof OrderStatusUpdate status && status.orderId() == id)).isNotNull();
        }
    }
}
