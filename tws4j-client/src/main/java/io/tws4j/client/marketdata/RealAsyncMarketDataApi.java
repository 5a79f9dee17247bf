package io.tws4j.client.marketdata;

import io.tws4j.client.Feed;
import io.tws4j.client.TwsException;
import io.tws4j.client.core.Core;
import io.tws4j.client.core.FlowFeed;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.BidAskTick;
import io.tws4j.marketdata.DepthUpdate;
import io.tws4j.marketdata.MarketDataRequest;
import io.tws4j.marketdata.MarketDataType;
import io.tws4j.marketdata.MidpointTick;
import io.tws4j.marketdata.RealTimeBar;
import io.tws4j.marketdata.Tick;
import io.tws4j.marketdata.TradeTick;
import io.tws4j.marketdata.codec.MarketDataCodec;
import io.tws4j.protocol.wire.OutMessage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** The implementation behind {@link AsyncMarketDataApi}; clients create it, users get it from a client. */
public final class RealAsyncMarketDataApi implements AsyncMarketDataApi {
    private final Core core;

    public RealAsyncMarketDataApi(Core core) {
        this.core = core;
    }

    @Override
    public MarketDataQuery<Feed<Tick>, CompletableFuture<List<Tick>>> marketData(Contract contract) {
        return new MarketDataQuery<>(contract, core.options().resumeStreams(),
                (request, resume) -> new FlowFeed<>("market-data", () -> core.open(MarketDataRequests.ticks(request), resume)),
                (request, timeout) -> attempt(() -> core.call(MarketDataRequests.snapshotOnce(request, timeout))));
    }

    @Override
    public RealTimeBarsQuery<Feed<RealTimeBar>> realTimeBars(Contract contract) {
        return new RealTimeBarsQuery<>(contract, core.options().resumeStreams(),
                (request, resume) -> new FlowFeed<>("real-time-bars",
                        () -> core.open(MarketDataRequests.realTimeBars(request), resume)));
    }

    @Override
    public TickByTickQuery<Feed<TradeTick>, Feed<BidAskTick>, Feed<MidpointTick>> tickByTick(Contract contract) {
        return new TickByTickQuery<>(contract, core.options().resumeStreams(),
                (request, resume) -> new FlowFeed<>("tick-by-tick",
                        () -> core.open(MarketDataRequests.tickByTick(request, TradeTick.class), resume)),
                (request, resume) -> new FlowFeed<>("tick-by-tick",
                        () -> core.open(MarketDataRequests.tickByTick(request, BidAskTick.class), resume)),
                (request, resume) -> new FlowFeed<>("tick-by-tick",
                        () -> core.open(MarketDataRequests.tickByTick(request, MidpointTick.class), resume)));
    }

    @Override
    public MarketDepthQuery<Feed<DepthUpdate>, CompletableFuture<OrderBook>> marketDepth(Contract contract, int rows) {
        return new MarketDepthQuery<>(contract, rows, core.options().resumeStreams(),
                (request, resume) -> new FlowFeed<>("market-depth", () -> core.open(MarketDataRequests.depth(request), resume)),
                (request, resume) -> attempt(() -> CompletableFuture.completedFuture(
                        new OrderBook(core.open(MarketDataRequests.depth(request), resume)))));
    }

    @Override
    public CompletableFuture<Ticker> ticker(Contract contract) {
        return attempt(() -> CompletableFuture.completedFuture(
                new Ticker(contract, core.open(MarketDataRequests.ticks(MarketDataRequest.streaming(contract))))));
    }

    @Override
    public CompletableFuture<Void> switchMarketDataType(MarketDataType type) {
        return CompletableFuture.runAsync(
                () -> core.sendSetting(OutMessage.REQ_MARKET_DATA_TYPE, MarketDataCodec.marketDataTypeRequest(type)),
                core.options().deliveryExecutor());
    }

    /** Runs what sends a request; a refusal before sending becomes a failed future, as on every async method. */
    private static <T> CompletableFuture<T> attempt(Supplier<CompletableFuture<T>> send) {
        try {
            return send.get();
        } catch (TwsException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
