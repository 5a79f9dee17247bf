package io.tws4j.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The model is a function of seed, instrument and time: the same seed gives the same data, however it is asked for. */
class MarketDeterminismTest {
    private static final Instant FROM = TestMarkets.MONDAY_MORNING;
    private static final Instant TO = FROM.plus(Duration.ofMinutes(3));

    @ParameterizedTest(name = "instrument {0}")
    @ValueSource(ints = {TestMarkets.STOCK, TestMarkets.COIN, TestMarkets.CALL, TestMarkets.INDEX})
    void sameSeedGivesTheSameEventsBarsAndQuotes(int conId) {
        InstrumentMarket first = TestMarkets.model(42).market(conId).orElseThrow();
        InstrumentMarket second = TestMarkets.model(42).market(conId).orElseThrow();

        assertThat(second.events(FROM, TO)).isNotEmpty().isEqualTo(first.events(FROM, TO));
        assertThat(second.bars(FROM, TO, Duration.ofSeconds(5), PriceSeries.TRADES))
                .isEqualTo(first.bars(FROM, TO, Duration.ofSeconds(5), PriceSeries.TRADES));
        assertThat(second.quoteAt(TO)).isEqualTo(first.quoteAt(TO));
        assertThat(second.depthAt(TO, 5)).isEqualTo(first.depthAt(TO, 5));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void differentSeedsGiveDifferentPaths(long seed) {
        double mine = TestMarkets.model(seed).market(TestMarkets.STOCK).orElseThrow().midAt(FROM);
        double other = TestMarkets.model(seed + 100).market(TestMarkets.STOCK).orElseThrow().midAt(FROM);

        assertThat(mine).isNotEqualTo(other);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 6})
    void aQuestionAskedInPiecesOrAtOnceGetsTheSameAnswer(long seed) {
        InstrumentMarket fresh = TestMarkets.model(seed).market(TestMarkets.STOCK).orElseThrow();
        InstrumentMarket warmed = TestMarkets.model(seed).market(TestMarkets.STOCK).orElseThrow();
        Instant middle = FROM.plusMillis(97_531);
        warmed.events(middle, TO);
        warmed.summarize(FROM, middle, PriceSeries.TRADES);

        assertThat(warmed.events(FROM, TO)).isEqualTo(fresh.events(FROM, TO));
        assertThat(warmed.summarize(FROM, TO, PriceSeries.MIDPOINT)).isEqualTo(fresh.summarize(FROM, TO, PriceSeries.MIDPOINT));
        assertThat(fresh.events(FROM, middle)).hasSize(fresh.events(FROM, TO).size() - fresh.events(middle, TO).size());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {8, 9})
    void historyIsTheSameWhenTheMarketIsAskedAboutOtherTimesFirst(long seed) {
        InstrumentMarket market = TestMarkets.model(seed).market(TestMarkets.COIN).orElseThrow();
        var before = market.summarize(FROM, TO, PriceSeries.TRADES);
        market.bars(FROM.minus(Duration.ofDays(3)), FROM.minus(Duration.ofDays(2)), Duration.ofHours(1), PriceSeries.TRADES);

        assertThat(market.summarize(FROM, TO, PriceSeries.TRADES)).isEqualTo(before);
    }
}
