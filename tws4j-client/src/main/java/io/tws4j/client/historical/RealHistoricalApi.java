package io.tws4j.client.historical;

import io.tws4j.client.Subscription;
import io.tws4j.client.core.Blocking;
import io.tws4j.client.core.BlockingSubscription;
import io.tws4j.client.core.Core;
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
 * The implementation behind {@link HistoricalApi}; clients create it, users get it from a client.
 * Each request is the asynchronous one, waited for.
 */
public final class RealHistoricalApi implements HistoricalApi {
    private final Core core;
    private final RealAsyncHistoricalApi async;

    public RealHistoricalApi(Core core) {
        this.core = core;
        this.async = new RealAsyncHistoricalApi(core);
    }

    @Override
    public HistoricalDataQuery<HistoricalBars, Subscription<BarUpdate>> historicalData(Contract contract, BarSize barSize) {
        String what = "historical bars of " + contract.describe();
        return new HistoricalDataQuery<>(contract, barSize, core.options().resumeStreams(),
                plan -> Blocking.await(async.bars(plan), what),
                (plan, resume) -> new BlockingSubscription<>(core.open(HistoricalRequests.liveBars(core, plan.get()), resume)));
    }

    @Override
    public HistoricalTicksQuery<List<HistoricalTrade>, List<HistoricalMidpoint>, List<HistoricalBidAsk>> historicalTicks(Contract contract) {
        String what = "historical ticks of " + contract.describe();
        return new HistoricalTicksQuery<>(contract,
                plan -> Blocking.await(async.ticks(plan, HistoricalRequests::trades), what),
                plan -> Blocking.await(async.ticks(plan, HistoricalRequests::midpoints), what),
                plan -> Blocking.await(async.ticks(plan, HistoricalRequests::bidAsks), what));
    }

    @Override
    public Instant headTimestamp(Contract contract, WhatToShow whatToShow, MarketHours hours) {
        return Blocking.await(async.headTimestamp(contract, whatToShow, hours), "head timestamp of " + contract.describe());
    }

    @Override
    public List<HistogramEntry> histogram(Contract contract, MarketHours hours, HistogramPeriod period) {
        return Blocking.await(async.histogram(contract, hours, period), "histogram of " + contract.describe());
    }

    @Override
    public HistoricalSchedule historicalSchedule(Contract contract, HistoricalDuration duration) {
        return Blocking.await(async.historicalSchedule(contract, duration), "trading schedule of " + contract.describe());
    }

    @Override
    public HistoricalSchedule historicalSchedule(Contract contract, HistoricalDuration duration, Instant end, MarketHours hours) {
        return Blocking.await(async.historicalSchedule(contract, duration, end, hours), "trading schedule of " + contract.describe());
    }
}
