/**
 * The simulated gateway's historical data service: bars (kept up to date on request), ticks,
 * head timestamps, histograms and trading schedules computed from the seeded market model, with
 * TWS's validation errors and its historical pacing rules ({@link io.tws4j.simulator.historical.HistoricalLimits}).
 */
package io.tws4j.simulator.historical;
