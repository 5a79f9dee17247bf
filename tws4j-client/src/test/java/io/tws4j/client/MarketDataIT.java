package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.GenericTickType;
import io.tws4j.marketdata.MarketDataType;
import io.tws4j.marketdata.MarketDataTypeTick;
import io.tws4j.marketdata.PriceTick;
import io.tws4j.marketdata.RequestParametersTick;
import io.tws4j.marketdata.SizeTick;
import io.tws4j.marketdata.SnapshotEndTick;
import io.tws4j.marketdata.StringTick;
import io.tws4j.marketdata.Tick;
import io.tws4j.marketdata.TickType;
import io.tws4j.protocol.proto.MarketDataProto.CancelMarketData;
import io.tws4j.protocol.proto.MarketDataProto.MarketDataRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Top-of-book market data through both surfaces: streams, snapshots, generic ticks, refusals, cancels. */
class MarketDataIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> MarketHours.open(10));

    private static final Contract AAPL = Contract.stock("AAPL").build();

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void aStreamOpensWithItsParametersAndTypeThenQuotesTradesAndChanges(MarketDataSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            List<Tick> ticks = new ArrayList<>();
            try (Subscription<Tick> stream = surface.ticks(client, AAPL, false)) {
                for (Tick tick : stream.data()) {
                    ticks.add(tick);
                    if (ticks.size() == 40) {
                        break;
                    }
                }
            }

            assertThat(ticks.get(0)).isInstanceOfSatisfying(RequestParametersTick.class, parameters -> {
                assertThat(parameters.minTick()).isEqualByComparingTo("0.01");
                assertThat(parameters.bboExchange()).isEqualTo("a6");
            });
            assertThat(ticks.get(1)).isEqualTo(new MarketDataTypeTick(ticks.get(1).requestId(), MarketDataType.REALTIME));
            PriceTick bid = price(ticks, TickType.BID);
            PriceTick ask = price(ticks, TickType.ASK);
            assertThat(bid.price()).isLessThan(ask.price());
            assertThat(bid.size()).isPositive();
            assertThat(bid.attributes().canAutoExecute()).isTrue();
            assertThat(price(ticks, TickType.LAST).size()).isNotNull();
            assertThat(price(ticks, TickType.CLOSE).size()).isNull();
            assertThat(ticks).anySatisfy(tick -> assertThat(tick).isInstanceOfSatisfying(SizeTick.class,
                    size -> assertThat(size.type()).isEqualTo(TickType.VOLUME)));
            assertThat(ticks).anySatisfy(tick -> assertThat(tick).isInstanceOfSatisfying(StringTick.class,
                    text -> assertThat(text.type()).isEqualTo(TickType.LAST_TIMESTAMP)));
            assertThat(ticks).extracting(Tick::requestId).containsOnly(ticks.get(0).requestId());
            MarketDataRequest sent = gateway.get().takeRequest(OutMessage.REQ_MKT_DATA, TestOptions.WAIT).orElseThrow()
                    .body(MarketDataRequest.class);
            assertThat(sent.getContract().getSymbol()).isEqualTo("AAPL");
            assertThat(sent.getSnapshot()).isFalse();
            assertThat(gateway.get().takeRequest(OutMessage.CANCEL_MKT_DATA, TestOptions.WAIT).orElseThrow()
                    .body(CancelMarketData.class).getReqId()).isEqualTo(sent.getReqId());
            await().atMost(TestOptions.WAIT).until(() -> gateway.get().marketDataStatus().isIdle());
        }
    }

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void aSnapshotEndsAfterItsEndMarkerAndTakesNoLine(MarketDataSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 2).build());
             Subscription<Tick> snapshot = surface.ticks(client, AAPL, true)) {
            List<Tick> ticks = new ArrayList<>();
            snapshot.data().forEach(ticks::add);

            assertThat(ticks.getLast()).isInstanceOf(SnapshotEndTick.class);
            assertThat(price(ticks, TickType.BID).price()).isPositive();
            assertThat(snapshot.isDone()).isTrue();
            assertThat(gateway.get().marketDataStatus().lines()).isZero();

            List<Tick> once = surface.snapshotOnce(client, Contract.crypto("BTC").build(), Duration.ofSeconds(5));
            assertThat(once).noneMatch(SnapshotEndTick.class::isInstance);
            BigDecimal bitcoinBidSize = price(once, TickType.BID).size();
            assertThat(bitcoinBidSize.scale()).as("crypto sizes are fractional, exactly").isPositive();
            assertThat(gateway.get().takeRequest(OutMessage.REQ_MKT_DATA, TestOptions.WAIT).orElseThrow()
                    .body(MarketDataRequest.class).getSnapshot()).isTrue();
            gateway.get().takeRequest(OutMessage.REQ_MKT_DATA, TestOptions.WAIT).orElseThrow();

            try (Subscription<Tick> regulatory = surface == MarketDataSurface.BLOCKING
                    ? client.marketData(AAPL).regulatorySnapshot().subscribe()
                    : FeedSubscription.of(client.async().marketData(AAPL).regulatorySnapshot().subscribe())) {
                List<Tick> regulated = new ArrayList<>();
                regulatory.data().forEach(regulated::add);
                assertThat(regulated.getLast()).isInstanceOf(SnapshotEndTick.class);
            }
            MarketDataRequest sent = gateway.get().takeRequest(OutMessage.REQ_MKT_DATA, TestOptions.WAIT).orElseThrow()
                    .body(MarketDataRequest.class);
            assertThat(sent.getRegulatorySnapshot()).isTrue();
            assertThat(sent.getSnapshot()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void anUnknownContractIsRejectedWith200(MarketDataSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 3).build())) {
            Contract unknown = Contract.stock("NOSUCH").build();
            try (Subscription<Tick> stream = surface.ticks(client, unknown, false)) {
                assertThatThrownBy(() -> stream.next(TestOptions.WAIT))
                        .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(200));
            }
            assertThatThrownBy(() -> surface.snapshotOnce(client, unknown, Duration.ofSeconds(5)))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(200));
            assertThatThrownBy(() -> surface.ticks(client, Contract.builder().build(), false).next(TestOptions.WAIT))
                    .isInstanceOf(InvalidRequestException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void genericTicksComeAndBadListsAreRefused(MarketDataSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 4).build())) {
            try (Subscription<Tick> stream = surface.ticks(client, AAPL, false, GenericTickType.RT_VOLUME,
                    GenericTickType.SHORTABLE, GenericTickType.MISCELLANEOUS_STATS)) {
                List<Tick> ticks = new ArrayList<>();
                for (Tick tick : stream.data()) {
                    ticks.add(tick);
                    if (ticks.stream().anyMatch(t -> t instanceof StringTick s && s.type() == TickType.RT_VOLUME)
                            && ticks.size() > 20) {
                        break;
                    }
                }
                assertThat(price(ticks, TickType.HIGH_52_WEEK).price()).isGreaterThanOrEqualTo(price(ticks, TickType.LOW_52_WEEK).price());
                StringTick rtVolume = (StringTick) ticks.stream()
                        .filter(t -> t instanceof StringTick s && s.type() == TickType.RT_VOLUME).findFirst().orElseThrow();
                assertThat(rtVolume.value().split(";")).hasSize(6);
            }
            try (Subscription<Tick> snapshot = surface.ticks(client, AAPL, true, GenericTickType.RT_VOLUME)) {
                assertThatThrownBy(() -> snapshot.next(TestOptions.WAIT))
                        .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                            assertThat(e.code()).isEqualTo(321);
                            assertThat(e.getMessage()).contains("not applicable to generic ticks");
                        });
            }
        }
    }

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void closingAStreamCancelsItsFeedAndFreesItsLine(MarketDataSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 5).build())) {
            Subscription<Tick> first = surface.ticks(client, AAPL, false);
            Subscription<Tick> second = surface.ticks(client, Contract.stock("MSFT").build(), false);
            first.next(TestOptions.WAIT).orElseThrow();
            second.next(TestOptions.WAIT).orElseThrow();
            await().atMost(TestOptions.WAIT).until(() -> gateway.get().marketDataStatus().lines() == 2);
            assertThat(gateway.get().marketDataStatus().liveFeeds()).isEqualTo(2);

            first.close();
            await().atMost(TestOptions.WAIT).until(() -> gateway.get().marketDataStatus().lines() == 1);
            assertThat(gateway.get().marketDataStatus().liveFeeds()).isEqualTo(1);
            second.close();
            await().atMost(TestOptions.WAIT).until(() -> gateway.get().marketDataStatus().isIdle());
        }
    }

    static PriceTick price(List<Tick> ticks, TickType type) {
        return ticks.stream().filter(tick -> tick instanceof PriceTick price && price.type() == type).map(PriceTick.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " tick in " + ticks));
    }
}
