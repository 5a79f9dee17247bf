/**
 * The simulated market: for each instrument a seeded model of its price (a mean-reverting random
 * walk, or Black-Scholes over the underlying for options) that yields quotes on the tick grid,
 * trade prints, bars, day summaries, depth books and option computations for any instant, and
 * live feeds driven by the gateway's clock. See {@code docs/simulator-market-model.md}.
 *
 * <p>Everything is non-null unless documented otherwise.
 */
package io.tws4j.simulator.market;
