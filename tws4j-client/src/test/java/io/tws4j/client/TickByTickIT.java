package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.BidAskTick;
import io.tws4j.marketdata.MidpointTick;
import io.tws4j.marketdata.TickByTickType;
import io.tws4j.marketdata.TradeTick;
import io.tws4j.protocol.proto.MarketDataProto.TickByTickRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.MarketDataEntitlements;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import io.tws4j.simulator.market.Trade;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Tick-by-tick data through both surfaces: trades, quotes and midpoints as the model makes them; TWS's cap. */
class TickByTickIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(
            () -> MarketHours.open(10).marketData(MarketDataEntitlements.standard().withLimits(3, 2)));

    private static final Contract AAPL = Contract.stock("AAPL").build();

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void everyTradeArrivesAsTheModelPrintedIt(MarketDataSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Subscription<TradeTick> trades = surface.trades(client, AAPL, true, 0)) {
            List<TradeTick> received = new ArrayList<>();
            for (TradeTick trade : trades.data()) {
                received.add(trade);
                if (received.size() == 5) {
                    break;
                }
            }

            Instant from = received.getFirst().time();
            List<Trade> printed = gateway.get().market().market(265598).orElseThrow()
                    .trades(from, received.getLast().time().plusSeconds(1));
            assertThat(received).allSatisfy(trade -> {
                assertThat(trade.type()).isEqualTo(TickByTickType.ALL_LAST);
                assertThat(trade.exchange()).isNotEmpty();
                assertThat(printed).anySatisfy(model -> {
                    assertThat(model.time().getEpochSecond()).isEqualTo(trade.time().getEpochSecond());
                    assertThat(model.price()).isEqualTo(trade.price());
                    assertThat(model.size()).isEqualByComparingTo(trade.size());
                });
            });
            TickByTickRequest sent = gateway.get().takeRequest(OutMessage.REQ_TICK_BY_TICK_DATA, TestOptions.WAIT).orElseThrow()
                    .body(TickByTickRequest.class);
            assertThat(sent.getTickType()).isEqualTo("AllLast");
        }
    }

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void quotesMidpointsAndRecentTicksFirst(MarketDataSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 2).build())) {
            try (Subscription<BidAskTick> quotes = surface.quotes(client, AAPL, true)) {
                BidAskTick first = quotes.data().iterator().next();
                assertThat(first.bidPrice()).isLessThan(first.askPrice());
                assertThat(first.bidSize()).as("sizes left out").isEqualByComparingTo(BigDecimal.ZERO);
            }
            try (Subscription<MidpointTick> midpoints = surface.midpoints(client, Contract.forex("EUR", "USD").build())) {
                assertThat(midpoints.data().iterator().next().midpoint()).isBetween(0.9, 1.3);
            }
            try (Subscription<TradeTick> recent = surface.trades(client, AAPL, false, 7)) {
                List<TradeTick> first = new ArrayList<>();
                for (TradeTick trade : recent.data()) {
                    first.add(trade);
                    if (first.size() == 7) {
                        break;
                    }
                }
                Instant requested = gateway.get().market().now();
                assertThat(first).allSatisfy(trade -> assertThat(trade.type()).isEqualTo(TickByTickType.LAST));
                assertThat(first).extracting(TradeTick::time).isSorted();
                assertThat(first.getFirst().time()).isBefore(requested);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void beyondTheCapTwsRefusesWith10190UntilAStreamCloses(MarketDataSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 3).build())) {
            Subscription<TradeTick> first = surface.trades(client, AAPL, true, 0);
            Subscription<MidpointTick> second = surface.midpoints(client, AAPL);
            await().atMost(TestOptions.WAIT).until(() -> gateway.get().marketDataStatus().tickByTickStreams() == 2);
            try (Subscription<BidAskTick> third = surface.quotes(client, AAPL, false)) {
                assertThatThrownBy(() -> third.next(TestOptions.WAIT))
                        .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(10190));
            }
            first.close();
            await().atMost(TestOptions.WAIT).until(() -> gateway.get().marketDataStatus().tickByTickStreams() == 1);
            try (Subscription<BidAskTick> fourth = surface.quotes(client, AAPL, false)) {
                assertThat(fourth.data().iterator().next().askPrice()).isPositive();
            }
            second.close();
            await().atMost(TestOptions.WAIT).until(() -> gateway.get().marketDataStatus().isIdle());
            try (Subscription<TradeTick> option = surface.trades(client, listedAaplCall(client), true, 0)) {
                assertThatThrownBy(() -> option.next(TestOptions.WAIT))
                        .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(10189));
            }
        }
    }

    static Contract listedAaplCall(TwsClient client) {
        var chain = client.optionChain(client.contractDetails(AAPL).getFirst().contract()).getFirst();
        return Contract.call("AAPL").strike(chain.strikes().get(chain.strikes().size() / 2))
                .expiresOn(chain.expirations().getLast()).build();
    }
}
