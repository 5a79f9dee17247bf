package io.tws4j.client.marketdata;

import io.tws4j.client.Subscription;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.BidAskTick;
import io.tws4j.marketdata.DepthUpdate;
import io.tws4j.marketdata.MarketDataType;
import io.tws4j.marketdata.MidpointTick;
import io.tws4j.marketdata.RealTimeBar;
import io.tws4j.marketdata.Tick;
import io.tws4j.marketdata.TradeTick;
import java.util.List;

/**
 * Real-time market data, blocking: top-of-book ticks (streaming or as a snapshot), tick-by-tick
 * data, market depth, five-second bars, and tickers and order books kept up to date from them.
 * Streams are {@link Subscription}s: the request goes out when the terminal method is called, and
 * closing the subscription sends the cancel. TWS's limits apply: market data lines (error 101),
 * three depth books (309), tick-by-tick streams (10190).
 *
 * @see AsyncMarketDataApi the same requests, asynchronous
 */
public interface MarketDataApi {

    /**
     * Starts a market data request for {@code contract}; the query's {@code subscribe()} streams
     * its ticks, {@code snapshotOnce(timeout)} returns one snapshot's ticks.
     *
     * {@snippet :
     * try (Subscription<Tick> ticks = client.marketData(Contract.crypto("BTC").build()).subscribe()) {
     *     for (Tick tick : ticks.data()) {
     *         if (tick instanceof PriceTick price && price.type() == TickType.LAST) {
     *             System.out.println("BTC last " + price.price());
     *             break;
     *         }
     *     }
     * }
     * }
     *
     * @see MarketDataQuery for the options and the errors
     */
    MarketDataQuery<Subscription<Tick>, List<Tick>> marketData(Contract contract);

    /**
     * Starts a request of five-second bars for {@code contract}.
     *
     * {@snippet :
     * try (Subscription<RealTimeBar> bars = client.realTimeBars(aapl).whatToShow(RealTimeWhatToShow.MIDPOINT).subscribe()) {
     *     bars.data().forEach(bar -> System.out.println(bar.time() + " " + bar.close()));
     * }
     * }
     */
    RealTimeBarsQuery<Subscription<RealTimeBar>> realTimeBars(Contract contract);

    /**
     * Starts a tick-by-tick request for {@code contract}; the query's terminal picks trades,
     * quotes or midpoints.
     *
     * {@snippet :
     * try (Subscription<BidAskTick> quotes = client.tickByTick(aapl).bidAsk(true)) {
     *     quotes.next(Duration.ofSeconds(5)).ifPresent(System.out::println);
     * }
     * }
     */
    TickByTickQuery<Subscription<TradeTick>, Subscription<BidAskTick>, Subscription<MidpointTick>> tickByTick(Contract contract);

    /**
     * Starts a market depth request of {@code rows} rows a side for {@code contract}, as raw
     * updates or as a kept order book.
     *
     * {@snippet :
     * try (Subscription<DepthUpdate> rows = client.marketDepth(aapl, 5).smartDepth().subscribe()) {
     *     rows.next(Duration.ofSeconds(5)).ifPresent(System.out::println);
     * }
     * }
     */
    MarketDepthQuery<Subscription<DepthUpdate>, OrderBook> marketDepth(Contract contract, int rows);

    /**
     * Starts streaming market data for {@code contract} into a {@link Ticker}, readable from any
     * thread. Returns once the request is sent; an error TWS answers with (200 for an unknown
     * contract, 101 when every market data line is taken) ends the ticker and is thrown by its
     * next read.
     *
     * {@snippet :
     * try (Ticker ticker = client.ticker(Contract.stock("AAPL").build())) {
     *     System.out.println(ticker.awaitUpdate(0, Duration.ofSeconds(5)).marketPrice());
     * }
     * }
     *
     * @throws io.tws4j.client.InvalidRequestException if the contract identifies nothing; nothing is sent
     */
    Ticker ticker(Contract contract);

    /**
     * Switches the kind of market data TWS sends for the market data requests that follow:
     * real-time, frozen (the close's values while the market is closed), delayed (for contracts
     * without a real-time subscription; with the delayed tick types) or delayed-frozen. TWS does
     * not answer; each later request reports the kind it gets with a {@code MarketDataTypeTick}.
     * TWS forgets the choice with the connection, so the client sends it again after a reconnect.
     *
     * {@snippet :
     * client.switchMarketDataType(MarketDataType.DELAYED);
     * }
     *
     * @throws io.tws4j.client.ConnectionLostException if the client is reconnecting; the choice is sent once it has reconnected
     */
    void switchMarketDataType(MarketDataType type);
}
