/**
 * Real-time market data through both surfaces: {@link io.tws4j.client.marketdata.MarketDataApi}
 * and {@link io.tws4j.client.marketdata.AsyncMarketDataApi}. Top-of-book ticks
 * ({@link io.tws4j.client.marketdata.MarketDataQuery}, streaming or as snapshots), five-second
 * bars ({@link io.tws4j.client.marketdata.RealTimeBarsQuery}), tick-by-tick data
 * ({@link io.tws4j.client.marketdata.TickByTickQuery}) and market depth
 * ({@link io.tws4j.client.marketdata.MarketDepthQuery}), and two views kept up to date from them
 * and readable from any thread: {@link io.tws4j.client.marketdata.Ticker} and
 * {@link io.tws4j.client.marketdata.OrderBook}.
 *
 * <p>Everything is non-null unless documented otherwise.
 */
package io.tws4j.client.marketdata;
