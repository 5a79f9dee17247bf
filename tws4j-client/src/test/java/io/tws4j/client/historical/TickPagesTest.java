package io.tws4j.client.historical;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.contracts.Contract;
import io.tws4j.historical.MarketHours;
import io.tws4j.historical.HistoricalMidpoint;
import io.tws4j.historical.WhatToShow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paging gathers every tick exactly once, whatever the seconds hold: busy seconds, equal ticks
 * within a second, seconds with more ticks than a page. The pages come from a reference of TWS's
 * documented answer: the first (or last) {@code n} ticks from the anchor and the rest of the
 * boundary second.
 */
class TickPagesTest {
    private static final Instant T0 = Instant.parse("2023-04-11T14:00:00Z");
    private static final Contract AAPL = Contract.stock("AAPL").build();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 7919})
    void forwardPagingGathersEveryTickOnce(long seed) {
        List<HistoricalMidpoint> all = ticks(new SplittableRandom(seed));
        Instant end = all.getLast().time().plusSeconds(1);

        List<HistoricalMidpoint> gathered = page(plan(Optional.of(T0), Optional.of(end), Integer.MAX_VALUE), all);

        assertThat(gathered).isEqualTo(all);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 7919})
    void backwardPagingGathersTheLastTicksOnce(long seed) {
        List<HistoricalMidpoint> all = ticks(new SplittableRandom(seed));
        Instant end = all.getLast().time().plusSeconds(1);
        int limit = all.size() * 2 / 3;

        List<HistoricalMidpoint> gathered = page(plan(Optional.empty(), Optional.of(end), limit), all);

        assertThat(gathered).isEqualTo(all.subList(all.size() - limit, all.size()));
    }

    @Test
    void aLimitStopsForwardPagingExactly() {
        List<HistoricalMidpoint> all = ticks(new SplittableRandom(5));

        List<HistoricalMidpoint> gathered = page(plan(Optional.of(T0), Optional.empty(), 1_234), all);

        assertThat(gathered).isEqualTo(all.subList(0, 1_234));
    }

    @Test
    void aSecondHoldingMoreThanAPageIsSteppedOver() {
        List<HistoricalMidpoint> all = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            all.add(new HistoricalMidpoint(T0.plusSeconds(1), 100 + i / 100.0));
        }
        all.add(new HistoricalMidpoint(T0.plusSeconds(2), 99));

        List<HistoricalMidpoint> gathered = page(plan(Optional.of(T0), Optional.of(T0.plusSeconds(10)), Integer.MAX_VALUE), all);

        assertThat(gathered).hasSize(2_501).endsWith(new HistoricalMidpoint(T0.plusSeconds(2), 99));
    }

    @Test
    void aShortPageMeansTheDataEnded() {
        List<HistoricalMidpoint> few = List.of(new HistoricalMidpoint(T0, 1), new HistoricalMidpoint(T0.plusSeconds(3), 2));
        TickPages<HistoricalMidpoint> pages = new TickPages<>(plan(Optional.of(T0), Optional.empty(), 1_000));

        assertThat(pages.accept(pages.count(), few)).isFalse();
        assertThat(pages.ticks()).isEqualTo(few);
    }

    /** Pages through {@code all} as TWS would answer, returning what was gathered. */
    private static List<HistoricalMidpoint> page(TicksPlan plan, List<HistoricalMidpoint> all) {
        TickPages<HistoricalMidpoint> pages = new TickPages<>(plan);
        for (int requests = 0; requests < 1_000; requests++) {
            int count = pages.count();
            List<HistoricalMidpoint> answer = plan.forward() ? forward(all, pages.anchor(), count) : backward(all, pages.anchor(), count);
            if (!pages.accept(count, answer)) {
                return pages.ticks();
            }
        }
        throw new AssertionError("paging did not end");
    }

    /** TWS's answer going forward: the first {@code count} ticks at or after {@code start}, and the rest of the last one's second. */
    private static List<HistoricalMidpoint> forward(List<HistoricalMidpoint> all, Instant start, int count) {
        List<HistoricalMidpoint> from = all.stream().filter(tick -> !tick.time().isBefore(start)).toList();
        if (from.size() <= count) {
            return from;
        }
        Instant last = from.get(count - 1).time();
        return from.stream().filter(tick -> !tick.time().isAfter(last)).toList();
    }

    /** TWS's answer going backward: the last {@code count} ticks before {@code end}, and the rest of the first one's second. */
    private static List<HistoricalMidpoint> backward(List<HistoricalMidpoint> all, Instant end, int count) {
        List<HistoricalMidpoint> before = all.stream().filter(tick -> tick.time().isBefore(end)).toList();
        if (before.size() <= count) {
            return before;
        }
        Instant first = before.get(before.size() - count).time();
        return before.stream().filter(tick -> !tick.time().isBefore(first)).toList();
    }

    /** Ticks over some minutes, several to a second, equal ones among them. */
    private static List<HistoricalMidpoint> ticks(SplittableRandom random) {
        List<HistoricalMidpoint> ticks = new ArrayList<>();
        for (int second = 0; second < 600; second++) {
            int inSecond = random.nextInt(10) == 0 ? random.nextInt(40) : random.nextInt(8);
            for (int i = 0; i < inSecond; i++) {
                ticks.add(new HistoricalMidpoint(T0.plusSeconds(second), 100 + random.nextInt(4) / 4.0));
            }
        }
        return ticks;
    }

    private static TicksPlan plan(Optional<Instant> start, Optional<Instant> end, int limit) {
        return new TicksPlan(AAPL, start, end, limit, WhatToShow.MIDPOINT, MarketHours.REGULAR, false);
    }
}
