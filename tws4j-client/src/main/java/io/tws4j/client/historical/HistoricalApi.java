package io.tws4j.client.historical;

import io.tws4j.client.Subscription;
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

/**
 * Historical market data, blocking: bars (fetched once or kept up to date), ticks, head
 * timestamps, histograms and trading schedules. Each request blocks until TWS has answered in
 * full or the request timeout passes; an interrupt cancels it at TWS. TWS's refusals come as
 * {@link io.tws4j.client.RequestRejectedException}s with its code: 162 for "no data", a pacing
 * violation or too many bars, 200 for an unknown contract, 321 for an invalid request.
 *
 * @see AsyncHistoricalApi the same requests, asynchronous
 */
public interface HistoricalApi {

    /**
     * Describes a historical bars request; {@code fetch()} sends it and returns the bars,
     * {@code keepUpToDate()} returns a subscription that goes on with the current bar.
     *
     * {@snippet :
     * HistoricalBars bars = client.historicalData(Contract.stock("AAPL").build(), BarSize.HOURS_1)
     *         .endingAt(Instant.parse("2023-04-11T20:00:00Z"))
     *         .duration(HistoricalDuration.days(1))
     *         .fetch();
     * System.out.println(bars.start() + " - " + bars.end() + ": " + bars.bars().size() + " bars");
     * }
     */
    HistoricalDataQuery<HistoricalBars, Subscription<BarUpdate>> historicalData(Contract contract, BarSize barSize);

    /**
     * Describes a historical ticks request; {@code trades()}, {@code midpoints()} or
     * {@code bidAsk()} sends it, paging past TWS's 1,000 ticks a request.
     *
     * {@snippet :
     * List<HistoricalTrade> trades = client.historicalTicks(Contract.stock("AAPL").build())
     *         .between(Instant.parse("2023-04-11T14:00:00Z"), Instant.parse("2023-04-11T14:10:00Z"))
     *         .trades();
     * }
     */
    HistoricalTicksQuery<List<HistoricalTrade>, List<HistoricalMidpoint>, List<HistoricalBidAsk>> historicalTicks(Contract contract);

    /**
     * Returns the time of the earliest data TWS has for the instrument and series.
     *
     * {@snippet :
     * Instant since = client.headTimestamp(Contract.stock("AAPL").build(), WhatToShow.TRADES, MarketHours.REGULAR);
     * }
     *
     * @throws io.tws4j.client.InvalidRequestException if the contract identifies nothing; nothing is sent
     * @throws io.tws4j.client.RequestRejectedException with code 200 if TWS knows no such contract
     */
    Instant headTimestamp(Contract contract, WhatToShow whatToShow, MarketHours hours);

    /**
     * Returns the volume traded at each price over the period back from now.
     *
     * {@snippet :
     * client.histogram(Contract.stock("AAPL").build(), MarketHours.REGULAR, HistogramPeriod.days(1))
     *         .forEach(entry -> System.out.println(entry.price() + " " + entry.size()));
     * }
     *
     * @throws io.tws4j.client.RequestRejectedException with code 200 if TWS knows no such contract
     */
    List<HistogramEntry> histogram(Contract contract, MarketHours hours, HistogramPeriod period);

    /**
     * Returns the instrument's regular trading sessions over {@code duration} back from now.
     *
     * {@snippet :
     * HistoricalSchedule week = client.historicalSchedule(Contract.stock("AAPL").build(), HistoricalDuration.days(5));
     * week.sessions().forEach(session -> System.out.println(session.tradingDay() + " " + session.start()));
     * }
     *
     * @throws io.tws4j.client.InvalidRequestException if TWS would refuse the duration; nothing is sent
     */
    HistoricalSchedule historicalSchedule(Contract contract, HistoricalDuration duration);

    /**
     * Returns the instrument's trading sessions over {@code duration} back from {@code end}: the
     * regular ones, or all of them.
     *
     * {@snippet :
     * HistoricalSchedule april = client.historicalSchedule(aapl, HistoricalDuration.months(1),
     *         Instant.parse("2023-05-01T00:00:00Z"), MarketHours.EXTENDED);
     * }
     */
    HistoricalSchedule historicalSchedule(Contract contract, HistoricalDuration duration, Instant end, MarketHours hours);
}
