package io.tws4j.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.contracts.MarketRule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the model produces looks like a market: positive prices on the tick grid, bid below ask, nothing while closed. */
class MarketSanityTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 17, 99})
    void quotesAreOnTheGridWithTheBidBelowTheAsk(long seed) {
        MarketModel model = TestMarkets.model(seed);
        for (int conId : new int[] {TestMarkets.STOCK, TestMarkets.TOYOTA, TestMarkets.COIN, TestMarkets.CALL, TestMarkets.PUT}) {
            InstrumentMarket market = model.market(conId).orElseThrow();
            Instant from = conId == TestMarkets.TOYOTA ? Instant.parse("2025-01-06T00:30:00Z") : TestMarkets.MONDAY_MORNING;
            List<Quote> quotes = market.quotes(from, from.plus(Duration.ofMinutes(2)));

            assertThat(quotes).as("quotes of %d", conId).isNotEmpty().allSatisfy(quote -> {
                assertThat(quote.bid()).isPositive().isLessThan(quote.ask());
                assertOnGrid(quote.bid(), market.profile().priceRule());
                assertOnGrid(quote.ask(), market.profile().priceRule());
                assertThat(quote.bidSize()).isPositive();
                assertThat(quote.askSize()).isPositive();
            });
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 17, 99})
    void tradesPrintWithinTheQuoteOnTheGrid(long seed) {
        InstrumentMarket stock = TestMarkets.model(seed).market(TestMarkets.STOCK).orElseThrow();
        Instant from = TestMarkets.MONDAY_MORNING;
        List<Trade> trades = stock.trades(from, from.plus(Duration.ofMinutes(2)));

        assertThat(trades).isNotEmpty().allSatisfy(trade -> {
            Quote quote = stock.quoteAt(trade.time()).orElseThrow();
            assertThat(trade.price()).isBetween(quote.bid(), quote.ask());
            assertOnGrid(trade.price(), stock.profile().priceRule());
            assertThat(trade.size()).isPositive();
            assertThat(stock.profile().exchanges()).contains(trade.exchange());
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 4})
    void nothingHappensWhileTheMarketIsClosed(long seed) {
        InstrumentMarket stock = TestMarkets.model(seed).market(TestMarkets.STOCK).orElseThrow();
        Instant saturday = Instant.parse("2025-01-04T15:00:00Z");
        Instant newYearsDay = Instant.parse("2025-01-01T15:00:00Z");
        Instant lateNight = Instant.parse("2025-01-07T03:00:00Z");

        for (Instant closed : List.of(saturday, newYearsDay, lateNight)) {
            assertThat(stock.sessionAt(closed)).isEmpty();
            assertThat(stock.events(closed, closed.plus(Duration.ofMinutes(30)))).isEmpty();
        }
        Quote frozen = stock.quoteAt(saturday).orElseThrow();
        assertThat(frozen.time()).isEqualTo(Instant.parse("2025-01-04T00:59:59Z"));   // Friday 19:59:59 New York
        assertThat(stock.quoteAt(saturday.plus(Duration.ofHours(20)))).contains(frozen);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 4})
    void extendedHoursAreQuieterAndWider(long seed) {
        InstrumentMarket stock = TestMarkets.model(seed).market(TestMarkets.STOCK).orElseThrow();
        Instant preMarket = Instant.parse("2025-01-06T12:00:00Z");       // 7:00 New York
        Instant regular = TestMarkets.MONDAY_MORNING;

        assertThat(stock.sessionAt(preMarket)).contains(SessionKind.EXTENDED);
        assertThat(stock.sessionAt(regular)).contains(SessionKind.REGULAR);
        int preMarketTrades = stock.trades(preMarket, preMarket.plus(Duration.ofMinutes(10))).size();
        int regularTrades = stock.trades(regular, regular.plus(Duration.ofMinutes(10))).size();
        assertThat(preMarketTrades).isLessThan(regularTrades / 3);
        assertThat(averageSpread(stock, preMarket)).isGreaterThan(averageSpread(stock, regular));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 6})
    void tokyoPausesForLunchAndTicksByPriceLevel(long seed) {
        InstrumentMarket toyota = TestMarkets.model(seed).market(TestMarkets.TOYOTA).orElseThrow();
        Instant lunch = Instant.parse("2025-01-06T03:00:00Z");           // 12:00 Tokyo

        assertThat(toyota.sessionAt(lunch)).isEmpty();
        assertThat(toyota.events(lunch, lunch.plus(Duration.ofMinutes(20)))).isEmpty();
        assertThat(toyota.trades(Instant.parse("2025-01-06T01:00:00Z"), Instant.parse("2025-01-06T01:10:00Z")))
                .allSatisfy(trade -> assertThat(trade.size().remainder(BigDecimal.valueOf(100))).isZero());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8})
    void indexPrintsItsValueOncePerSecondWithoutQuotes(long seed) {
        InstrumentMarket index = TestMarkets.model(seed).market(TestMarkets.INDEX).orElseThrow();
        Instant from = TestMarkets.MONDAY_MORNING;

        assertThat(index.quoteAt(from)).isEmpty();
        assertThat(index.trades(from, from.plusSeconds(10))).hasSize(10)
                .allSatisfy(print -> assertThat(print.size()).isZero());
    }

    private static double averageSpread(InstrumentMarket market, Instant from) {
        return market.quotes(from, from.plus(Duration.ofMinutes(10))).stream()
                .mapToDouble(quote -> quote.ask() - quote.bid()).average().orElseThrow();
    }

    static void assertOnGrid(double price, MarketRule rule) {
        BigDecimal increment = BigDecimal.valueOf(rule.incrementAt(price));
        assertThat(BigDecimal.valueOf(price).remainder(increment).signum()).as("%s on a grid of %s", price, increment).isZero();
    }
}
