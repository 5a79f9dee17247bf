package io.tws4j.client.historical;

import io.tws4j.client.Feed;
import io.tws4j.client.TwsException;
import io.tws4j.client.core.CallSpec;
import io.tws4j.client.core.Core;
import io.tws4j.client.core.FlowFeed;
import io.tws4j.contracts.Contract;
import io.tws4j.historical.BarSize;
import io.tws4j.historical.BarUpdate;
import io.tws4j.historical.HistoricalBidAsk;
import io.tws4j.historical.HistogramEntry;
import io.tws4j.historical.HistogramPeriod;
import io.tws4j.historical.HistoricalBars;
import io.tws4j.historical.HistoricalDuration;
import io.tws4j.historical.HistoricalSchedule;
import io.tws4j.historical.HistoricalTick;
import io.tws4j.historical.MarketHours;
import io.tws4j.historical.HistoricalMidpoint;
import io.tws4j.historical.TicksRequest;
import io.tws4j.historical.HistoricalTrade;
import io.tws4j.historical.WhatToShow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** The implementation behind {@link AsyncHistoricalApi}; clients create it, users get it from a client. */
public final class RealAsyncHistoricalApi implements AsyncHistoricalApi {
    private final Core core;

    public RealAsyncHistoricalApi(Core core) {
        this.core = core;
    }

    @Override
    public HistoricalDataQuery<CompletableFuture<HistoricalBars>, Feed<BarUpdate>> historicalData(Contract contract, BarSize barSize) {
        return new HistoricalDataQuery<>(contract, barSize, core.options().resumeStreams(), this::bars,
                (plan, resume) -> new FlowFeed<>("historical-bars",
                        () -> core.open(HistoricalRequests.liveBars(core, plan.get()), resume)));
    }

    @Override
    public HistoricalTicksQuery<CompletableFuture<List<HistoricalTrade>>, CompletableFuture<List<HistoricalMidpoint>>,
            CompletableFuture<List<HistoricalBidAsk>>> historicalTicks(Contract contract) {
        return new HistoricalTicksQuery<>(contract, plan -> ticks(plan, HistoricalRequests::trades),
                plan -> ticks(plan, HistoricalRequests::midpoints), plan -> ticks(plan, HistoricalRequests::bidAsks));
    }

    @Override
    public CompletableFuture<Instant> headTimestamp(Contract contract, WhatToShow whatToShow, MarketHours hours) {
        return call(() -> HistoricalRequests.headTimestamp(core, contract, whatToShow, hours));
    }

    @Override
    public CompletableFuture<List<HistogramEntry>> histogram(Contract contract, MarketHours hours, HistogramPeriod period) {
        return call(() -> HistoricalRequests.histogram(contract, hours, period));
    }

    @Override
    public CompletableFuture<HistoricalSchedule> historicalSchedule(Contract contract, HistoricalDuration duration) {
        return call(() -> HistoricalRequests.schedule(contract, duration, Optional.empty(), MarketHours.REGULAR));
    }

    @Override
    public CompletableFuture<HistoricalSchedule> historicalSchedule(Contract contract, HistoricalDuration duration, Instant end, MarketHours hours) {
        return call(() -> HistoricalRequests.schedule(contract, duration, Optional.of(end), hours));
    }

    /** Sends a bars request as planned, or fails at once when the plan is refused. */
    CompletableFuture<HistoricalBars> bars(Supplier<BarsPlan> plan) {
        return call(() -> HistoricalRequests.bars(core, plan.get()));
    }

    /** Pages through the ticks a plan asks for, or fails at once when the plan is refused. */
    <T extends HistoricalTick> CompletableFuture<List<T>> ticks(Supplier<TicksPlan> plan,
                                                              BiFunction<Core, TicksRequest, CallSpec<List<T>>> pages) {
        TicksPlan checked;
        try {
            checked = plan.get();
        } catch (TwsException e) {
            return CompletableFuture.failedFuture(e);
        }
        return new TickPager<T>(core, checked, request -> pages.apply(core, request)).start();
    }

    /** Sends the request the spec describes, or fails at once when the spec's checks refuse it. */
    <R> CompletableFuture<R> call(Supplier<CallSpec<R>> spec) {
        CallSpec<R> checked;
        try {
            checked = spec.get();
        } catch (TwsException e) {
            return CompletableFuture.failedFuture(e);
        }
        return core.call(checked);
    }
}
