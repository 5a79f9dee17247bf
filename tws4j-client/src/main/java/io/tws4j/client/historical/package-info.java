/**
 * Historical market data on both surfaces: bars ({@link io.tws4j.client.historical.HistoricalDataQuery},
 * fetched once or kept up to date), ticks with paging past TWS's 1,000-tick limit
 * ({@link io.tws4j.client.historical.HistoricalTicksQuery}), head timestamps, histograms and
 * trading schedules. {@link io.tws4j.client.historical.HistoricalApi} is the blocking surface,
 * {@link io.tws4j.client.historical.AsyncHistoricalApi} its asynchronous twin.
 */
package io.tws4j.client.historical;
