package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tws4j.client.marketdata.Ticker;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.OptionComputation;
import io.tws4j.marketdata.MarketDataType;
import io.tws4j.marketdata.TickerSnapshot;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The ticker through both surfaces: the latest quote, trade and greeks, consistent from any thread; errors and close. */
class TickerIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> MarketHours.open(10));

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void aStockTickerHoldsTheLatestQuoteTradeAndDay(MarketDataSurface surface) throws Exception {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Ticker ticker = surface.ticker(client, Contract.stock("AAPL").build())) {
            TickerSnapshot first = ticker.awaitUpdate(0, TestOptions.WAIT);
            TickerSnapshot later = ticker.awaitUpdate(first.updates() + 30, TestOptions.WAIT);

            assertThat(later.updates()).isGreaterThan(first.updates() + 30);
            assertThat(later.marketDataType()).contains(MarketDataType.REALTIME);
            assertThat(later.bid().getAsDouble()).isLessThan(later.ask().getAsDouble());
            assertThat(later.bidSize()).isPresent();
            assertThat(later.last()).isPresent();
            assertThat(later.volume().orElseThrow()).isPositive();
            assertThat(later.high().getAsDouble()).isGreaterThanOrEqualTo(later.low().getAsDouble());
            assertThat(later.lastTimestamp()).isPresent();
            assertThat(later.marketPrice()).isPresent();
            assertThat(later.parameters().orElseThrow().bboExchange()).isEqualTo("a6");
            AtomicReference<TickerSnapshot> fromAnotherThread = new AtomicReference<>();
            CountDownLatch read = new CountDownLatch(1);
            Thread.ofVirtual().start(() -> {
                fromAnotherThread.set(ticker.snapshot());
                read.countDown();
            });
            read.await();
            assertThat(fromAnotherThread.get().updates()).isGreaterThanOrEqualTo(later.updates());

            ticker.close();
            await().atMost(TestOptions.WAIT).until(() -> !ticker.isActive());
            assertThat(ticker.snapshot().updates()).as("the last values stay readable").isGreaterThanOrEqualTo(later.updates());
        }
        await().atMost(TestOptions.WAIT).until(() -> gateway.get().marketDataStatus().isIdle());
    }

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void anOptionTickerCarriesGreeksAndAnUnknownContractEndsTheTicker(MarketDataSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 2).build())) {
            try (Ticker call = surface.ticker(client, TickByTickIT.listedAaplCall(client))) {
                TickerSnapshot snapshot = call.awaitUpdate(0, TestOptions.WAIT);
                while (snapshot.bidGreeks().isEmpty() || snapshot.modelGreeks().isEmpty()) {
                    snapshot = call.awaitUpdate(snapshot.updates(), TestOptions.WAIT);
                }
                OptionComputation model = snapshot.modelGreeks().orElseThrow();
                assertThat(model.delta().orElseThrow()).isBetween(0.0, 1.0);
                assertThat(model.impliedVolatility().orElseThrow()).isPositive();
                assertThat(model.underlyingPrice().orElseThrow()).isBetween(150.0, 350.0);
                assertThat(snapshot.bidGreeks().orElseThrow().priceBased()).isTrue();
                assertThat(snapshot.parameters().orElseThrow().bboExchange()).isEqualTo("c70003");
            }
            try (Ticker unknown = surface.ticker(client, Contract.stock("NOSUCH").build())) {
                assertThatThrownBy(() -> unknown.awaitUpdate(0, TestOptions.WAIT))
                        .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(200));
                assertThat(unknown.isActive()).isFalse();
                assertThatThrownBy(unknown::snapshot).isInstanceOf(RequestRejectedException.class);
            }
        }
    }
}
