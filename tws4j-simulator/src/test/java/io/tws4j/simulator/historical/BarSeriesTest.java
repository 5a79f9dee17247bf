package io.tws4j.simulator.historical;

import static io.tws4j.simulator.historical.HistoricalFixtures.AAPL;
import static io.tws4j.simulator.historical.HistoricalFixtures.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.historical.Bar;
import io.tws4j.historical.BarSize;
import io.tws4j.historical.BarTime;
import io.tws4j.historical.HistoricalDuration;
import io.tws4j.historical.WhatToShow;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.PriceSeries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bars are the market model's summaries over session-aligned intervals. */
class BarSeriesTest {
    private static final ZoneId NEW_YORK = ZoneId.of("US/Eastern");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7})
    void regularHourlyBarsStartAtTheOpenThenOnTheHour(long seed) {
        HistoricalFixtures fixtures = new HistoricalFixtures(seed);
        TradingTime regular = fixtures.time(AAPL, true);
        BarSeries series = new BarSeries(fixtures.market(AAPL), regular, BarSize.HOURS_1, WhatToShow.TRADES);

        List<Bar> bars = series.between(Periods.start(regular, TUESDAY_EVENING, HistoricalDuration.days(1)), TUESDAY_EVENING);

        assertThat(bars).extracting(bar -> bar.time().startIn(NEW_YORK).atZone(NEW_YORK).toLocalTime().toString())
                .containsExactly("09:30", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00");
        Instant open = Instant.parse("2023-04-11T13:30:00Z");
        assertThat(bars.getFirst()).isEqualTo(model(fixtures.market(AAPL), open, Instant.parse("2023-04-11T14:00:00Z")));
        assertThat(bars.get(1)).isEqualTo(model(fixtures.market(AAPL), Instant.parse("2023-04-11T14:00:00Z"),
                Instant.parse("2023-04-11T15:00:00Z")));
    }

    @Test
    void extendedHoursBarsCoverFourToEight() {
        HistoricalFixtures fixtures = new HistoricalFixtures(3);
        TradingTime all = fixtures.time(AAPL, false);
        BarSeries series = new BarSeries(fixtures.market(AAPL), all, BarSize.HOURS_1, WhatToShow.MIDPOINT);

        List<Bar> bars = series.between(Periods.start(all, TUESDAY_EVENING, HistoricalDuration.days(1)), TUESDAY_EVENING);

        assertThat(bars.getFirst().time()).isEqualTo(BarTime.of(Instant.parse("2023-04-11T08:00:00Z")));
        assertThat(bars.getLast().time()).isEqualTo(BarTime.of(Instant.parse("2023-04-11T20:00:00Z")));
        assertThat(bars).hasSize(13);
    }

    @Test
    void dailyBarsAreTradingDaysAndSkipGoodFriday() {
        HistoricalFixtures fixtures = new HistoricalFixtures(5);
        TradingTime regular = fixtures.time(AAPL, true);
        BarSeries series = new BarSeries(fixtures.market(AAPL), regular, BarSize.DAY_1, WhatToShow.TRADES);

        List<Bar> bars = series.between(Periods.start(regular, TUESDAY_EVENING, HistoricalDuration.days(4)), TUESDAY_EVENING);

        assertThat(bars).extracting(Bar::time).containsExactly(BarTime.of(LocalDate.of(2023, 4, 5)),
                BarTime.of(LocalDate.of(2023, 4, 6)), BarTime.of(LocalDate.of(2023, 4, 10)), BarTime.of(LocalDate.of(2023, 4, 11)));
        Bar tuesday = bars.getLast();
        Bar expected = model(fixtures.market(AAPL), Instant.parse("2023-04-11T13:30:00Z"), Instant.parse("2023-04-11T20:00:00Z"));
        assertThat(tuesday.close()).isEqualTo(expected.close());
        assertThat(tuesday.volume()).isEqualTo(expected.volume());
    }

    @Test
    void weeklyBarsAreDatedByTheirFirstTradingDay() {
        HistoricalFixtures fixtures = new HistoricalFixtures(5);
        TradingTime regular = fixtures.time(AAPL, true);
        BarSeries series = new BarSeries(fixtures.market(AAPL), regular, BarSize.WEEK_1, WhatToShow.MIDPOINT);

        List<Bar> bars = series.between(Periods.start(regular, TUESDAY_EVENING, HistoricalDuration.weeks(3)), TUESDAY_EVENING);

        assertThat(bars).hasSize(4);
        assertThat(bars.subList(1, 4)).allSatisfy(bar ->
                assertThat(((BarTime.OnDate) bar.time()).date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
    }

    @Test
    void fiveSecondBarsAreTheModelsFiveSecondBars() {
        HistoricalFixtures fixtures = new HistoricalFixtures(9);
        InstrumentMarket aapl = fixtures.market(AAPL);
        BarSeries series = new BarSeries(aapl, fixtures.time(AAPL, true), BarSize.SECONDS_5, WhatToShow.TRADES);
        Instant from = Instant.parse("2023-04-11T14:00:00Z");
        Instant to = from.plus(Duration.ofMinutes(10));

        List<Bar> bars = series.between(from, to);

        List<Bar> expected = aapl.bars(from, to, Duration.ofSeconds(5), PriceSeries.TRADES).stream()
                .map(bar -> model(aapl, bar.start(), bar.end())).toList();
        assertThat(bars).isNotEmpty().isEqualTo(expected);
    }

    @Test
    void theLastBarStopsAtTheEnd() {
        HistoricalFixtures fixtures = new HistoricalFixtures(2);
        InstrumentMarket aapl = fixtures.market(AAPL);
        BarSeries series = new BarSeries(aapl, fixtures.time(AAPL, true), BarSize.MINUTES_30, WhatToShow.TRADES);
        Instant end = Instant.parse("2023-04-11T14:10:00Z");

        List<Bar> bars = series.between(Instant.parse("2023-04-11T13:30:00Z"), end);

        assertThat(bars).hasSize(2);
        assertThat(bars.getLast()).isEqualTo(model(aapl, Instant.parse("2023-04-11T14:00:00Z"), end));
    }

    @Test
    void bidAskBarsTakeTheBidsLowAndTheAsksHigh() {
        HistoricalFixtures fixtures = new HistoricalFixtures(2);
        InstrumentMarket aapl = fixtures.market(AAPL);
        Instant from = Instant.parse("2023-04-11T14:00:00Z");
        Instant to = from.plus(Duration.ofMinutes(1));

        Bar bar = new BarSeries(aapl, fixtures.time(AAPL, true), BarSize.MINUTES_1, WhatToShow.BID_ASK).between(from, to).getFirst();

        assertThat(bar.low()).isEqualTo(aapl.summarize(from, to, PriceSeries.BID).orElseThrow().low());
        assertThat(bar.high()).isEqualTo(aapl.summarize(from, to, PriceSeries.ASK).orElseThrow().high());
        assertThat(bar.high()).isGreaterThan(bar.low());
    }

    @Test
    void workStopsOnceTheRequestIsNoLongerWanted() {
        HistoricalFixtures fixtures = new HistoricalFixtures(4);
        TradingTime regular = fixtures.time(AAPL, true);
        BarSeries series = new BarSeries(fixtures.market(AAPL), regular, BarSize.DAY_1, WhatToShow.TRADES);
        AtomicInteger asked = new AtomicInteger();

        assertThatThrownBy(() -> series.between(TUESDAY_EVENING.minus(Duration.ofDays(20 * 365)), TUESDAY_EVENING,
                () -> asked.incrementAndGet() > 50))
                .isInstanceOf(CancellationException.class);
        assertThat(asked.get()).as("days summarized before the stop was seen, out of about 5,000")
                .isLessThan(100);
    }

    /** The model's trade summary of [from, to), as a bar starting at {@code from}, its average price to four decimals. */
    static Bar model(InstrumentMarket market, Instant from, Instant to) {
        io.tws4j.simulator.market.Bar bar = market.summarize(from, to, PriceSeries.TRADES).orElseThrow();
        return new Bar(BarTime.of(from), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume(),
                BigDecimal.valueOf(bar.wap()).setScale(4, RoundingMode.HALF_EVEN).doubleValue(), bar.count());
    }
}
