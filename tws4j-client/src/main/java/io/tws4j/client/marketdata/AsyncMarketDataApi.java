package io.tws4j.client.marketdata;

import io.tws4j.client.Feed;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.BidAskTick;
import io.tws4j.marketdata.DepthUpdate;
import io.tws4j.marketdata.MarketDataType;
import io.tws4j.marketdata.MidpointTick;
import io.tws4j.marketdata.RealTimeBar;
import io.tws4j.marketdata.Tick;
import io.tws4j.marketdata.TradeTick;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Real-time market data, asynchronous. Streams are {@link Feed}s: cold publishers whose every
 * subscriber sends a request of its own when it subscribes and cancels it when it cancels.
 * Futures and signals never come from the connection's reader thread.
 *
 * @see MarketDataApi the same requests, blocking
 */
public interface AsyncMarketDataApi {

    /**
     * Starts a market data request for {@code contract}: {@code subscribe()} returns a feed of
     * ticks, {@code snapshotOnce(timeout)} the future of one snapshot's ticks.
     *
     * {@snippet :
     * client.async().marketData(Contract.stock("AAPL").build()).snapshotOnce(Duration.ofSeconds(11))
     *         .thenAccept(ticks -> ticks.forEach(System.out::println));
     * }
     */
    MarketDataQuery<Feed<Tick>, CompletableFuture<List<Tick>>> marketData(Contract contract);

    /**
     * Starts a request of five-second bars for {@code contract}.
     *
     * {@snippet :
     * client.async().realTimeBars(aapl).tradingHours(Hours.EXTENDED).subscribe().data().subscribe(subscriber);
     * }
     */
    RealTimeBarsQuery<Feed<RealTimeBar>> realTimeBars(Contract contract);

    /**
     * Starts a tick-by-tick request for {@code contract}.
     *
     * {@snippet :
     * Feed<TradeTick> trades = client.async().tickByTick(aapl).allLast();
     * }
     */
    TickByTickQuery<Feed<TradeTick>, Feed<BidAskTick>, Feed<MidpointTick>> tickByTick(Contract contract);

    /**
     * Starts a market depth request of {@code rows} rows a side; {@code orderBook()} completes
     * once the request is sent.
     *
     * {@snippet :
     * client.async().marketDepth(aapl, 5).smartDepth().orderBook()
     *         .thenAccept(book -> System.out.println(book.awaitUpdate(0, Duration.ofSeconds(5))));
     * }
     */
    MarketDepthQuery<Feed<DepthUpdate>, CompletableFuture<OrderBook>> marketDepth(Contract contract, int rows);

    /**
     * Starts streaming market data for {@code contract} into a {@link Ticker}; the future
     * completes once the request is sent, and fails with {@link io.tws4j.client.InvalidRequestException}
     * if the contract identifies nothing.
     *
     * {@snippet :
     * client.async().ticker(aapl).thenAccept(ticker -> System.out.println(ticker.snapshot().bid()));
     * }
     */
    CompletableFuture<Ticker> ticker(Contract contract);

    /**
     * Switches the kind of market data TWS sends for the requests that follow; the future
     * completes once the switch is sent, as TWS does not answer.
     *
     * {@snippet :
     * client.async().switchMarketDataType(MarketDataType.DELAYED_FROZEN).join();
     * }
     */
    CompletableFuture<Void> switchMarketDataType(MarketDataType type);
}
