package io.tws4j.simulator.market;

/** Which prices a bar summarizes: trades, or the bid, ask or midpoint of the quotes. */
public enum PriceSeries {
    /** Trade prices, with volume, trade count and volume-weighted average price. */
    TRADES,
    /** Quote midpoints. */
    MIDPOINT,
    /** Bids. */
    BID,
    /** Asks. */
    ASK
}
