package io.tws4j.simulator.market;

/** How an instrument's market shows itself: quotes and trades, quotes only, or index values. */
public enum MarketStyle {
    /** Bid/ask quotes and trade prints with sizes: stocks, futures, options, crypto. */
    QUOTES_AND_TRADES,
    /** Bid/ask quotes, no trades reported: forex on IDEALPRO. */
    QUOTES_ONLY,
    /** An index: one value print a second while it is calculated, no quotes, no sizes. */
    INDEX
}
