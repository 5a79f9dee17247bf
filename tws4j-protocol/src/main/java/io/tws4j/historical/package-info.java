/**
 * Historical market data: bars ({@link io.tws4j.historical.Bar}, dated by day or by instant
 * through {@link io.tws4j.historical.BarTime}), the bar sizes, durations and data series TWS
 * offers ({@link io.tws4j.historical.BarSize}, {@link io.tws4j.historical.HistoricalDuration},
 * {@link io.tws4j.historical.WhatToShow}, {@link io.tws4j.historical.MarketHours}), historical
 * ticks of three kinds, histograms, head timestamps and trading schedules. Pure values: nothing
 * here does I/O.
 *
 * <p>Prices are {@code double}s, sizes and volumes {@link java.math.BigDecimal}s, times
 * {@code java.time} values. Everything is non-null unless documented otherwise.
 */
package io.tws4j.historical;
