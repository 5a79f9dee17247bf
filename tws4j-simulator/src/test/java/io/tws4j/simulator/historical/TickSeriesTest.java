package io.tws4j.simulator.historical;

import static io.tws4j.simulator.historical.HistoricalFixtures.AAPL;
import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.historical.HistoricalBidAsk;
import io.tws4j.historical.HistoricalTick;
import io.tws4j.historical.HistoricalMidpoint;
import io.tws4j.historical.HistoricalTrade;
import io.tws4j.historical.WhatToShow;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.Trade;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ticks are the model's events, dated to the second, counted as TWS counts them. */
class TickSeriesTest {
    private final HistoricalFixtures fixtures = new HistoricalFixtures(4);
    private final InstrumentMarket aapl = fixtures.market(AAPL);
    private final Instant tenAm = Instant.parse("2023-04-11T14:00:00Z");

    @Test
    void forwardTicksAreTheFirstNPlusTheRestOfTheLastSecond() {
        TickSeries trades = new TickSeries(aapl, fixtures.time(AAPL, true), WhatToShow.TRADES, false);

        List<HistoricalTick> ticks = trades.forward(tenAm, HistoricalFixtures.TUESDAY_EVENING, 50);

        long lastSecond = ticks.getLast().time().getEpochSecond();
        List<Trade> expected = aapl.trades(tenAm, Instant.ofEpochSecond(lastSecond + 1));
        assertThat(ticks).hasSizeGreaterThanOrEqualTo(50).hasSameSizeAs(expected);
        assertThat(ticks.get(49).time().getEpochSecond()).isEqualTo(lastSecond);
        HistoricalTrade first = (HistoricalTrade) ticks.getFirst();
        assertThat(first.price()).isEqualTo(expected.getFirst().price());
        assertThat(first.size()).isEqualTo(expected.getFirst().size());
        assertThat(first.time()).isEqualTo(Instant.ofEpochSecond(expected.getFirst().time().getEpochSecond()));
    }

    @Test
    void backwardTicksEndBeforeTheEndAndStartWithAWholeSecond() {
        TickSeries trades = new TickSeries(aapl, fixtures.time(AAPL, true), WhatToShow.TRADES, false);

        List<HistoricalTick> ticks = trades.backward(tenAm, Instant.EPOCH, 40);

        long firstSecond = ticks.getFirst().time().getEpochSecond();
        assertThat(ticks).hasSize(aapl.trades(Instant.ofEpochSecond(firstSecond), tenAm).size()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(ticks.getLast().time()).isBefore(tenAm);
    }

    @Test
    void backwardFromTheOpenReachesIntoTheDayBefore() {
        TickSeries trades = new TickSeries(aapl, fixtures.time(AAPL, true), WhatToShow.TRADES, false);

        List<HistoricalTick> ticks = trades.backward(Instant.parse("2023-04-11T13:30:00Z"), Instant.EPOCH, 10);

        assertThat(ticks.getLast().time()).isBefore(Instant.parse("2023-04-10T20:00:00Z"));
    }

    @Test
    void midpointsChangeFromTickToTick() {
        List<HistoricalTick> ticks = new TickSeries(aapl, fixtures.time(AAPL, true), WhatToShow.MIDPOINT, false)
                .forward(tenAm, HistoricalFixtures.TUESDAY_EVENING, 200);

        for (int i = 1; i < ticks.size(); i++) {
            assertThat(((HistoricalMidpoint) ticks.get(i)).price()).isNotEqualTo(((HistoricalMidpoint) ticks.get(i - 1)).price());
        }
    }

    @Test
    void ignoringSizeKeepsOnlyPriceChanges() {
        List<HistoricalTick> all = new TickSeries(aapl, fixtures.time(AAPL, true), WhatToShow.BID_ASK, false)
                .forward(tenAm, HistoricalFixtures.TUESDAY_EVENING, 300);
        List<HistoricalTick> prices = new TickSeries(aapl, fixtures.time(AAPL, true), WhatToShow.BID_ASK, true)
                .forward(tenAm, HistoricalFixtures.TUESDAY_EVENING, 300);

        assertThat(all).hasSameSizeAs(aapl.quotes(tenAm, Instant.ofEpochSecond(all.getLast().time().getEpochSecond() + 1)));
        for (int i = 1; i < prices.size(); i++) {
            HistoricalBidAsk previous = (HistoricalBidAsk) prices.get(i - 1);
            HistoricalBidAsk tick = (HistoricalBidAsk) prices.get(i);
            assertThat(tick.bidPrice() != previous.bidPrice() || tick.askPrice() != previous.askPrice()).isTrue();
        }
    }

    @Test
    void nothingComesAfterTheLimit() {
        Instant limit = tenAm.plusSeconds(5);
        List<HistoricalTick> ticks = new TickSeries(aapl, fixtures.time(AAPL, true), WhatToShow.TRADES, false)
                .forward(tenAm, limit, 1_000);

        assertThat(ticks).allSatisfy(tick -> assertThat(tick.time()).isBefore(limit));
    }
}
