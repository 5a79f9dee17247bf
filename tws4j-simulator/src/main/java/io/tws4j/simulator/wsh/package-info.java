/**
 * The simulated gateway's Wall Street Horizon calendar: metadata of its event types and
 * filters, and for every stock seeded quarterly earnings dates, quarterly dividends (for the
 * stocks that pay them) and the occasional split, served by contract or by filter.
 */
package io.tws4j.simulator.wsh;
