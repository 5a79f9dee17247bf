package io.tws4j.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bars, day summaries and depth agree with the trades and quotes of the same period. */
class MarketConsistencyTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void fiveSecondBarsAgreeWithTheTrades(long seed) {
        InstrumentMarket stock = TestMarkets.model(seed).market(TestMarkets.STOCK).orElseThrow();
        Instant from = TestMarkets.MONDAY_MORNING;
        Instant to = from.plus(Duration.ofMinutes(5));
        List<Trade> trades = stock.trades(from, to);
        List<Bar> bars = stock.bars(from, to, Duration.ofSeconds(5), PriceSeries.TRADES);

        BigDecimal traded = trades.stream().map(Trade::size).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(bars.stream().map(Bar::volume).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(traded);
        assertThat(bars.stream().mapToInt(Bar::count).sum()).isEqualTo(trades.size());
        for (Bar bar : bars) {
            List<Trade> inBar = trades.stream()
                    .filter(t -> !t.time().isBefore(bar.start()) && t.time().isBefore(bar.end())).toList();
            assertThat(bar.open()).isEqualTo(inBar.getFirst().price());
            assertThat(bar.close()).isEqualTo(inBar.getLast().price());
            assertThat(bar.high()).isEqualTo(inBar.stream().mapToDouble(Trade::price).max().orElseThrow());
            assertThat(bar.low()).isEqualTo(inBar.stream().mapToDouble(Trade::price).min().orElseThrow());
            assertThat(bar.wap()).isBetween(bar.low(), bar.high());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12})
    void longBarsAreTheMergeOfShortOnes(long seed) {
        InstrumentMarket coin = TestMarkets.model(seed).market(TestMarkets.COIN).orElseThrow();
        Instant from = Instant.parse("2025-01-06T00:00:00Z");
        Bar day = coin.summarize(from, from.plus(Duration.ofDays(1)), PriceSeries.MIDPOINT).orElseThrow();
        List<Bar> hours = coin.bars(from, from.plus(Duration.ofDays(1)), Duration.ofHours(1), PriceSeries.MIDPOINT);

        assertThat(hours).hasSize(24);
        assertThat(day.open()).isEqualTo(hours.getFirst().open());
        assertThat(day.close()).isEqualTo(hours.getLast().close());
        assertThat(day.high()).isEqualTo(hours.stream().mapToDouble(Bar::high).max().orElseThrow());
        assertThat(day.low()).isEqualTo(hours.stream().mapToDouble(Bar::low).min().orElseThrow());
        assertThat(day.count()).isEqualTo(hours.stream().mapToInt(Bar::count).sum());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22})
    void daySummaryCoversTheTradingDaySoFar(long seed) {
        InstrumentMarket stock = TestMarkets.model(seed).market(TestMarkets.STOCK).orElseThrow();
        Instant now = TestMarkets.MONDAY_MORNING;
        DaySummary day = stock.daySummary(now);
        Instant dayStart = Instant.parse("2025-01-06T09:00:00Z");        // 4:00 New York
        List<Trade> trades = stock.trades(dayStart, now.plusNanos(1));

        assertThat(day.tradingDay()).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(day.open()).hasValue(trades.getFirst().price());
        assertThat(day.last()).hasValue(trades.getLast().price());
        assertThat(day.high()).hasValue(trades.stream().mapToDouble(Trade::price).max().orElseThrow());
        assertThat(day.volume()).isEqualByComparingTo(trades.stream().map(Trade::size).reduce(BigDecimal.ZERO, BigDecimal::add));
        Trade fridayClose = stock.lastTradeAt(Instant.parse("2025-01-03T21:00:00Z").minusNanos(1)).orElseThrow();
        assertThat(day.previousClose()).hasValue(fridayClose.price());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32})
    void depthBookHasTheQuoteOnTopAndStepsAwayOnTheGrid(long seed) {
        InstrumentMarket stock = TestMarkets.model(seed).market(TestMarkets.STOCK).orElseThrow();
        Instant now = TestMarkets.MONDAY_MORNING.plusMillis(12_345);
        Quote quote = stock.quoteAt(now).orElseThrow();
        DepthBook book = stock.depthAt(now, 10);

        assertThat(book.bids()).hasSize(10);
        assertThat(book.asks()).hasSize(10);
        assertThat(book.bids().getFirst().price()).isEqualTo(quote.bid());
        assertThat(book.asks().getFirst().price()).isEqualTo(quote.ask());
        for (int i = 1; i < 10; i++) {
            assertThat(book.bids().get(i).price()).isLessThan(book.bids().get(i - 1).price());
            assertThat(book.asks().get(i).price()).isGreaterThan(book.asks().get(i - 1).price());
            MarketSanityTest.assertOnGrid(book.bids().get(i).price(), stock.profile().priceRule());
        }
        assertThat(stock.depthAt(Instant.parse("2025-01-04T15:00:00Z"), 5).bids()).hasSize(5);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {41, 42})
    void optionsFollowTheirUnderlyingWithGreeks(long seed) {
        MarketModel model = TestMarkets.model(seed);
        Instant now = TestMarkets.MONDAY_MORNING;
        var call = model.market(TestMarkets.CALL).orElseThrow().optionComputationAt(now).orElseThrow();
        var put = model.market(TestMarkets.PUT).orElseThrow().optionComputationAt(now).orElseThrow();
        double spot = model.market(TestMarkets.STOCK).orElseThrow().midAt(now);

        assertThat(call.underlyingPrice()).hasValue(spot);
        assertThat(call.delta().orElseThrow()).isBetween(0.0, 1.0);
        assertThat(put.delta().orElseThrow()).isBetween(-1.0, 0.0);
        assertThat(call.gamma().orElseThrow()).isPositive();
        assertThat(call.theta().orElseThrow()).isNegative();
        assertThat(call.impliedVolatility()).hasValue(0.28);
        double years = (Instant.parse("2025-01-17T21:00:00Z").getEpochSecond() - now.getEpochSecond()) / (365.0 * 86_400);
        double parity = spot * Math.exp(-0.005 * years) - 230 * Math.exp(-0.045 * years);
        assertThat(call.optionPrice().orElseThrow() - put.optionPrice().orElseThrow()).isCloseTo(parity,
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(model.market(TestMarkets.STOCK).orElseThrow().optionComputationAt(now)).isEmpty();
    }
}
