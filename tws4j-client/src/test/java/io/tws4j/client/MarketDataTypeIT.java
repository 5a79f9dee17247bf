package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tws4j.client.marketdata.Ticker;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.MarketDataType;
import io.tws4j.marketdata.MarketDataTypeTick;
import io.tws4j.marketdata.PriceTick;
import io.tws4j.marketdata.Tick;
import io.tws4j.marketdata.TickType;
import io.tws4j.marketdata.TickerSnapshot;
import io.tws4j.protocol.proto.MarketDataProto.MarketDataTypeRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.MarketDataEntitlements;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.market.Quote;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Market data types through both surfaces: real-time, delayed (with TWS's advisories), frozen; the choice survives a reconnect. */
class MarketDataTypeIT {
    private static final Contract TOYOTA = Contract.stock("7203").onExchange("TSEJ").inCurrency("JPY").build();

    /** Tokyo trades at 10:00 local on Thursday 19 November 2026; the login has no real-time data from TSEJ. */
    private static SimulatedGateway tokyoWithoutRealTimeData() {
        return SimulatedGateway.builder().startTime(Instant.parse("2026-11-19T01:00:00Z")).speed(10)
                .marketData(MarketDataEntitlements.standard().withoutRealTimeData("TSEJ")).build().start();
    }

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void withoutASubscriptionRealTimeIsRefusedWith10089AndDelayedDataComesWithDelayedTypes(MarketDataSurface surface) {
        try (SimulatedGateway gateway = tokyoWithoutRealTimeData();
             TwsClient client = TwsClient.connect(TestOptions.against(gateway, 1).build())) {
            try (Subscription<Tick> refused = surface.ticks(client, TOYOTA, false)) {
                StreamItem<Tick> first = refused.next(TestOptions.WAIT).orElseThrow();
                assertThat(first).isInstanceOfSatisfying(StreamItem.Notice.class,
                        notice -> assertThat(notice.notice().code()).isEqualTo(10089));
                assertThat(refused.next(Duration.ofMillis(300))).as("no data, the request stays open").isEmpty();
                assertThat(refused.isDone()).isFalse();
            }

            surface.switchMarketDataType(client, MarketDataType.DELAYED);
            assertThat(gateway.takeRequest(OutMessage.REQ_MARKET_DATA_TYPE, TestOptions.WAIT).orElseThrow()
                    .body(MarketDataTypeRequest.class).getMarketDataType()).isEqualTo(3);
            List<StreamItem<Tick>> items = new ArrayList<>();
            try (Subscription<Tick> delayed = surface.ticks(client, TOYOTA, false)) {
                while (items.size() < 12) {
                    items.add(delayed.next(TestOptions.WAIT).orElseThrow());
                }
            }
            assertThat(items).anySatisfy(item -> assertThat(item).isInstanceOfSatisfying(StreamItem.Notice.class,
                    notice -> assertThat(notice.notice().code()).isEqualTo(10167)));
            List<Tick> ticks = items.stream().filter(StreamItem.Data.class::isInstance)
                    .map(item -> ((StreamItem.Data<Tick>) item).value()).toList();
            assertThat(ticks).anySatisfy(tick -> assertThat(tick).isInstanceOfSatisfying(MarketDataTypeTick.class,
                    type -> assertThat(type.marketDataType()).isEqualTo(MarketDataType.DELAYED)));
            PriceTick delayedBid = MarketDataIT.price(ticks, TickType.DELAYED_BID);
            Quote fifteenMinutesAgo = gateway.market().market(13905810).orElseThrow()
                    .quoteAt(gateway.market().now().minus(Duration.ofMinutes(15))).orElseThrow();
            assertThat(delayedBid.price()).isCloseTo(fifteenMinutesAgo.bid(), org.assertj.core.api.Assertions.within(20.0));
            assertThat(ticks).noneMatch(tick -> tick instanceof PriceTick price && price.type() == TickType.BID);
        }
    }

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void aClosedMarketShowsNoQuoteUnlessFrozenDataIsAskedFor(MarketDataSurface surface) {
        try (SimulatedGateway gateway = MarketHours.weekend().build().start();
             TwsClient client = TwsClient.connect(TestOptions.against(gateway, 1).build())) {
            Contract aapl = Contract.stock("AAPL").build();
            List<Tick> live = surface.snapshotOnce(client, aapl, Duration.ofSeconds(5));
            assertThat(live).contains(new MarketDataTypeTick(live.getFirst().requestId(), MarketDataType.REALTIME));
            assertThat(MarketDataIT.price(live, TickType.BID).price()).isEqualTo(-1);
            assertThat(MarketDataIT.price(live, TickType.LAST).price()).isPositive();

            surface.switchMarketDataType(client, MarketDataType.FROZEN);
            try (Ticker frozen = surface.ticker(client, aapl)) {
                TickerSnapshot snapshot = frozen.awaitUpdate(0, TestOptions.WAIT);
                while (snapshot.ask().isEmpty()) {
                    snapshot = frozen.awaitUpdate(snapshot.updates(), TestOptions.WAIT);
                }
                assertThat(snapshot.marketDataType()).contains(MarketDataType.FROZEN);
                assertThat(snapshot.bid().getAsDouble()).isPositive().isLessThan(snapshot.ask().getAsDouble());
            }
        }
    }

    @Test
    void theChosenTypeIsSentAgainAfterAReconnect() {
        try (SimulatedGateway gateway = MarketHours.open(1).build().start();
             TwsClient client = TwsClient.connect(TestOptions.against(gateway, 1).build())) {
            client.switchMarketDataType(MarketDataType.DELAYED_FROZEN);
            gateway.takeRequest(OutMessage.REQ_MARKET_DATA_TYPE, TestOptions.WAIT).orElseThrow();

            gateway.inject(Fault.disconnect());
            await().atMost(TestOptions.WAIT).until(() -> gateway.connectedClientIds().contains(1) && client.isConnected());

            assertThat(gateway.takeRequest(OutMessage.REQ_MARKET_DATA_TYPE, TestOptions.WAIT).orElseThrow()
                    .body(MarketDataTypeRequest.class).getMarketDataType()).isEqualTo(4);
        }
    }
}
