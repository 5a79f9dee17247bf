package io.tws4j.client.historical;

import io.tws4j.client.Feed;
import io.tws4j.contracts.Contract;
import io.tws4j.historical.BarSize;
import io.tws4j.historical.BarUpdate;
import io.tws4j.historical.HistoricalBidAsk;
import io.tws4j.historical.HistogramEntry;
import io.tws4j.historical.HistogramPeriod;
import io.tws4j.historical.HistoricalBars;
import io.tws4j.historical.HistoricalDuration;
import io.tws4j.historical.HistoricalSchedule;
import io.tws4j.historical.MarketHours;
import io.tws4j.historical.HistoricalMidpoint;
import io.tws4j.historical.HistoricalTrade;
import io.tws4j.historical.WhatToShow;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Historical market data, asynchronous: the requests of {@link HistoricalApi}, each returning a
 * future that completes (never on the connection's reader thread) with the answer or with the
 * {@link io.tws4j.client.TwsException} the blocking method would throw. Local validation failures
 * come back as failed futures; nothing is sent for them. Cancelling a future cancels the request
 * at TWS.
 */
public interface AsyncHistoricalApi {

    /**
     * Describes a historical bars request; {@code fetch()} returns the bars' future,
     * {@code keepUpToDate()} a feed that goes on with the current bar.
     *
     * {@snippet :
     * client.async().historicalData(Contract.stock("AAPL").build(), BarSize.HOURS_1)
     *         .duration(HistoricalDuration.days(1))
     *         .fetch()
     *         .thenAccept(bars -> bars.bars().forEach(System.out::println));
     * }
     */
    HistoricalDataQuery<CompletableFuture<HistoricalBars>, Feed<BarUpdate>> historicalData(Contract contract, BarSize barSize);

    /**
     * Describes a historical ticks request, paged past TWS's 1,000 ticks a request.
     *
     * {@snippet :
     * client.async().historicalTicks(aapl).ending(Instant.now()).limit(3_000).midpoints()
     *         .thenAccept(ticks -> System.out.println(ticks.size() + " midpoints"));
     * }
     */
    HistoricalTicksQuery<CompletableFuture<List<HistoricalTrade>>, CompletableFuture<List<HistoricalMidpoint>>,
            CompletableFuture<List<HistoricalBidAsk>>> historicalTicks(Contract contract);

    /**
     * Returns the time of the earliest data TWS has for the instrument and series.
     *
     * {@snippet :
     * client.async().headTimestamp(aapl, WhatToShow.TRADES, MarketHours.REGULAR).thenAccept(System.out::println);
     * }
     */
    CompletableFuture<Instant> headTimestamp(Contract contract, WhatToShow whatToShow, MarketHours hours);

    /**
     * Returns the volume traded at each price over the period back from now.
     *
     * {@snippet :
     * client.async().histogram(aapl, MarketHours.REGULAR, HistogramPeriod.days(1)).thenAccept(entries -> System.out.println(entries.size()));
     * }
     */
    CompletableFuture<List<HistogramEntry>> histogram(Contract contract, MarketHours hours, HistogramPeriod period);

    /**
     * Returns the instrument's regular trading sessions over {@code duration} back from now.
     *
     * {@snippet :
     * client.async().historicalSchedule(aapl, HistoricalDuration.days(5)).thenAccept(s -> System.out.println(s.sessions()));
     * }
     */
    CompletableFuture<HistoricalSchedule> historicalSchedule(Contract contract, HistoricalDuration duration);

    /**
     * Returns the instrument's trading sessions over {@code duration} back from {@code end}: the
     * regular ones, or all of them.
     *
     * {@snippet :
     * client.async().historicalSchedule(aapl, HistoricalDuration.months(1), end, MarketHours.REGULAR).thenAccept(s -> System.out.println(s.zone()));
     * }
     */
    CompletableFuture<HistoricalSchedule> historicalSchedule(Contract contract, HistoricalDuration duration, Instant end, MarketHours hours);
}
