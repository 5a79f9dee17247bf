package io.tws4j.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A minute summed from its sketch (as long bars are) equals the same minute summed from its
 * events (as ticks and short bars are), in every series, for every kind of market, in regular
 * and extended hours; and the events still look like a market.
 */
class MinuteSketchTest {
    private static final int MINUTES = 60;

    @ParameterizedTest(name = "instrument {0}")
    @ValueSource(ints = {TestMarkets.STOCK, TestMarkets.TOYOTA, TestMarkets.COIN, TestMarkets.CALL, TestMarkets.PUT,
            TestMarkets.INDEX, TestMarkets.FX})
    void aMinutesSketchIsWhatItsEventsAddUpTo(int conId) {
        for (long seed = 1; seed <= 3; seed++) {
            InstrumentMarket market = TestMarkets.model(seed).market(conId).orElseThrow();
            SplittableRandom picks = new SplittableRandom(seed * 31 + conId);
            int checked = 0;
            while (checked < MINUTES) {
                // Any minute of the first week of 2025, open ones only.
                Instant start = Instant.parse("2025-01-06T00:00:00Z").plus(Duration.ofMinutes(picks.nextInt(5 * 24 * 60)));
                if (market.sessionAt(start).isEmpty()) {
                    continue;
                }
                assertMinuteAgrees(market, start);
                checked++;
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 6, 7})
    void everyMinuteOfAnExtendedAndARegularHourAgrees(long seed) {
        InstrumentMarket stock = TestMarkets.model(seed).market(TestMarkets.STOCK).orElseThrow();
        for (Instant hour : List.of(Instant.parse("2025-01-06T12:00:00Z"), Instant.parse("2025-01-06T15:00:00Z"))) {
            for (int minute = 0; minute < 60; minute++) {
                assertMinuteAgrees(stock, hour.plus(Duration.ofMinutes(minute)));
            }
        }
    }

    private static void assertMinuteAgrees(InstrumentMarket market, Instant start) {
        Instant end = start.plus(Duration.ofMinutes(1));
        List<Quote> quotes = market.quotes(start, end);
        List<Trade> trades = market.trades(start, end);
        String where = "minute " + start + " of " + market.conId();
        for (PriceSeries series : PriceSeries.values()) {
            var fromSketch = market.summarize(start, end, series);
            List<Double> prices = switch (series) {
                case TRADES -> trades.stream().map(Trade::price).toList();
                case BID -> quotes.stream().map(Quote::bid).toList();
                case ASK -> quotes.stream().map(Quote::ask).toList();
                case MIDPOINT -> quotes.stream().map(Quote::mid).toList();
            };
            if (prices.isEmpty()) {
                assertThat(fromSketch).as(where + " " + series).isEmpty();
                continue;
            }
            Bar bar = fromSketch.orElseThrow();
            assertThat(bar.open()).as(where + " " + series + " open").isEqualTo(prices.getFirst());
            assertThat(bar.close()).as(where + " " + series + " close").isEqualTo(prices.getLast());
            double high = prices.stream().mapToDouble(p -> p).max().orElseThrow();
            double low = prices.stream().mapToDouble(p -> p).min().orElseThrow();
            assertThat(bar.high()).as(where + " " + series + " high").isEqualTo(high);
            assertThat(bar.low()).as(where + " " + series + " low").isEqualTo(low);
            assertThat(bar.count()).as(where + " " + series + " count").isEqualTo(prices.size());
            assertThat(bar.wap()).as(where + " " + series + " wap").isBetween(bar.low(), bar.high());
        }
        BigDecimal volume = trades.stream().map(Trade::size).reduce(BigDecimal.ZERO, BigDecimal::add);
        market.summarize(start, end, PriceSeries.TRADES).ifPresent(bar ->
                assertThat(bar.volume()).as(where + " volume").isEqualByComparingTo(volume));
        for (Trade trade : trades) {
            market.quoteAt(trade.time()).ifPresent(quote -> {
                if (trade.price() < quote.bid() || trade.price() > quote.ask()) {
                    throw new AssertionError(where + ": trade " + trade + " outside " + quote);
                }
            });
        }
        for (Quote quote : quotes) {
            if (!(quote.bid() > 0 && quote.bid() < quote.ask())) {
                throw new AssertionError(where + ": quote " + quote);
            }
        }
        // On the grid: every price a whole number of increments (spot checks; the grid's own test covers the rest).
        trades.stream().limit(5).forEach(trade -> MarketSanityTest.assertOnGrid(trade.price(), market.profile().priceRule()));
        quotes.stream().limit(5).forEach(quote -> MarketSanityTest.assertOnGrid(quote.ask(), market.profile().priceRule()));
    }
}
