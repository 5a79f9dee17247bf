package io.tws4j.client.marketdata;

import io.tws4j.client.Subscription;
import io.tws4j.client.core.Blocking;
import io.tws4j.client.core.BlockingSubscription;
import io.tws4j.client.core.Core;
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

/** The implementation behind {@link MarketDataApi}; clients create it, users get it from a client. */
public final class RealMarketDataApi implements MarketDataApi {
    private final Core core;

    public RealMarketDataApi(Core core) {
        this.core = core;
    }

    @Override
    public MarketDataQuery<Subscription<Tick>, List<Tick>> marketData(Contract contract) {
        return new MarketDataQuery<>(contract, core.options().resumeStreams(),
                (request, resume) -> new BlockingSubscription<>(core.open(MarketDataRequests.ticks(request), resume)),
                (request, timeout) -> Blocking.await(core.call(MarketDataRequests.snapshotOnce(request, timeout)),
                        "market data snapshot of " + contract.describe()));
    }

    @Override
    public RealTimeBarsQuery<Subscription<RealTimeBar>> realTimeBars(Contract contract) {
        return new RealTimeBarsQuery<>(contract, core.options().resumeStreams(),
                (request, resume) -> new BlockingSubscription<>(core.open(MarketDataRequests.realTimeBars(request), resume)));
    }

    @Override
    public TickByTickQuery<Subscription<TradeTick>, Subscription<BidAskTick>, Subscription<MidpointTick>> tickByTick(
            Contract contract) {
        return new TickByTickQuery<>(contract, core.options().resumeStreams(),
                (request, resume) -> new BlockingSubscription<>(
                        core.open(MarketDataRequests.tickByTick(request, TradeTick.class), resume)),
                (request, resume) -> new BlockingSubscription<>(
                        core.open(MarketDataRequests.tickByTick(request, BidAskTick.class), resume)),
                (request, resume) -> new BlockingSubscription<>(
                        core.open(MarketDataRequests.tickByTick(request, MidpointTick.class), resume)));
    }

    @Override
    public MarketDepthQuery<Subscription<DepthUpdate>, OrderBook> marketDepth(Contract contract, int rows) {
        return new MarketDepthQuery<>(contract, rows, core.options().resumeStreams(),
                (request, resume) -> new BlockingSubscription<>(core.open(MarketDataRequests.depth(request), resume)),
                (request, resume) -> new OrderBook(core.open(MarketDataRequests.depth(request), resume)));
    }

    @Override
    public Ticker ticker(Contract contract) {
        return new Ticker(contract, core.open(MarketDataRequests.ticks(MarketDataRequest.streaming(contract))));
    }

    @Override
    public void switchMarketDataType(MarketDataType type) {
        core.sendSetting(OutMessage.REQ_MARKET_DATA_TYPE, MarketDataCodec.marketDataTypeRequest(type));
    }
}
