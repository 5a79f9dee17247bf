package io.tws4j.historical;

import java.time.Instant;

/**
 * A historical tick: a trade, a midpoint or a bid and offer. TWS dates ticks to the second, so
 * several ticks may share a time.
 */
public sealed interface HistoricalTick permits HistoricalTrade, HistoricalMidpoint, HistoricalBidAsk {

    /** Returns when the tick happened, to the second. */
    Instant time();
}
