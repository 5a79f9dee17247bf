package io.tws4j.client;

import io.tws4j.client.marketdata.OrderBook;
import io.tws4j.client.marketdata.Ticker;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.BidAskTick;
import io.tws4j.marketdata.DepthUpdate;
import io.tws4j.marketdata.GenericTickType;
import io.tws4j.marketdata.Hours;
import io.tws4j.marketdata.MarketDataType;
import io.tws4j.marketdata.MidpointTick;
import io.tws4j.marketdata.RealTimeBar;
import io.tws4j.marketdata.RealTimeWhatToShow;
import io.tws4j.marketdata.Tick;
import io.tws4j.marketdata.TradeTick;
import java.time.Duration;
import java.util.List;

/**
 * The two surfaces a market data scenario runs through: the blocking client, or its async view,
 * whose feeds are read as subscriptions and whose futures are waited on here (a failure rethrown
 * as the exception the caller would see).
 */
enum MarketDataSurface {
    BLOCKING {
        @Override
        Subscription<Tick> ticks(TwsClient client, Contract contract, boolean snapshot, GenericTickType... generics) {
            var query = client.marketData(contract).genericTicks(generics);
            return (snapshot ? query.snapshot() : query).subscribe();
        }

        @Override
        List<Tick> snapshotOnce(TwsClient client, Contract contract, Duration timeout) {
            return client.marketData(contract).snapshotOnce(timeout);
        }

        @Override
        Subscription<RealTimeBar> realTimeBars(TwsClient client, Contract contract, RealTimeWhatToShow what, Hours hours) {
            return client.realTimeBars(contract).whatToShow(what).tradingHours(hours).subscribe();
        }

        @Override
        Subscription<TradeTick> trades(TwsClient client, Contract contract, boolean all, int historical) {
            var query = client.tickByTick(contract).historicalTicks(historical);
            return all ? query.allLast() : query.last();
        }

        @Override
        Subscription<BidAskTick> quotes(TwsClient client, Contract contract, boolean ignoreSize) {
            return client.tickByTick(contract).bidAsk(ignoreSize);
        }

        @Override
        Subscription<MidpointTick> midpoints(TwsClient client, Contract contract) {
            return client.tickByTick(contract).midpoint();
        }

        @Override
        Subscription<DepthUpdate> depth(TwsClient client, Contract contract, int rows, boolean smart) {
            return client.marketDepth(contract, rows).smartDepth(smart).subscribe();
        }

        @Override
        OrderBook orderBook(TwsClient client, Contract contract, int rows, boolean smart) {
            return client.marketDepth(contract, rows).smartDepth(smart).orderBook();
        }

        @Override
        Ticker ticker(TwsClient client, Contract contract) {
            return client.ticker(contract);
        }

        @Override
        void switchMarketDataType(TwsClient client, MarketDataType type) {
            client.switchMarketDataType(type);
        }
    },
    ASYNC {
        @Override
        Subscription<Tick> ticks(TwsClient client, Contract contract, boolean snapshot, GenericTickType... generics) {
            var query = client.async().marketData(contract).genericTicks(generics);
            return FeedSubscription.of((snapshot ? query.snapshot() : query).subscribe());
        }

        @Override
        List<Tick> snapshotOnce(TwsClient client, Contract contract, Duration timeout) {
            return Futures.await(client.async().marketData(contract).snapshotOnce(timeout));
        }

        @Override
        Subscription<RealTimeBar> realTimeBars(TwsClient client, Contract contract, RealTimeWhatToShow what, Hours hours) {
            return FeedSubscription.of(client.async().realTimeBars(contract).whatToShow(what).tradingHours(hours).subscribe());
        }

        @Override
        Subscription<TradeTick> trades(TwsClient client, Contract contract, boolean all, int historical) {
            var query = client.async().tickByTick(contract).historicalTicks(historical);
            return FeedSubscription.of(all ? query.allLast() : query.last());
        }

        @Override
        Subscription<BidAskTick> quotes(TwsClient client, Contract contract, boolean ignoreSize) {
            return FeedSubscription.of(client.async().tickByTick(contract).bidAsk(ignoreSize));
        }

        @Override
        Subscription<MidpointTick> midpoints(TwsClient client, Contract contract) {
            return FeedSubscription.of(client.async().tickByTick(contract).midpoint());
        }

        @Override
        Subscription<DepthUpdate> depth(TwsClient client, Contract contract, int rows, boolean smart) {
            return FeedSubscription.of(client.async().marketDepth(contract, rows).smartDepth(smart).subscribe());
        }

        @Override
        OrderBook orderBook(TwsClient client, Contract contract, int rows, boolean smart) {
            return Futures.await(client.async().marketDepth(contract, rows).smartDepth(smart).orderBook());
        }

        @Override
        Ticker ticker(TwsClient client, Contract contract) {
            return Futures.await(client.async().ticker(contract));
        }

        @Override
        void switchMarketDataType(TwsClient client, MarketDataType type) {
            Futures.await(client.async().switchMarketDataType(type));
        }
    };

    abstract Subscription<Tick> ticks(TwsClient client, Contract contract, boolean snapshot, GenericTickType... generics);

    abstract List<Tick> snapshotOnce(TwsClient client, Contract contract, Duration timeout);

    abstract Subscription<RealTimeBar> realTimeBars(TwsClient client, Contract contract, RealTimeWhatToShow what, Hours hours);

    abstract Subscription<TradeTick> trades(TwsClient client, Contract contract, boolean all, int historical);

    abstract Subscription<BidAskTick> quotes(TwsClient client, Contract contract, boolean ignoreSize);

    abstract Subscription<MidpointTick> midpoints(TwsClient client, Contract contract);

    abstract Subscription<DepthUpdate> depth(TwsClient client, Contract contract, int rows, boolean smart);

    abstract OrderBook orderBook(TwsClient client, Contract contract, int rows, boolean smart);

    abstract Ticker ticker(TwsClient client, Contract contract);

    abstract void switchMarketDataType(TwsClient client, MarketDataType type);

}
