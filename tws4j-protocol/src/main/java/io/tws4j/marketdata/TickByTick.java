package io.tws4j.marketdata;

import java.time.Instant;

/**
 * One item of a tick-by-tick stream ({@code reqTickByTickData}): every trade, every change of
 * the best bid and offer, or every change of the midpoint, as it happens.
 */
public sealed interface TickByTick permits TradeTick, BidAskTick, MidpointTick {

    /** Returns the id of the tick-by-tick request this tick answers. */
    int requestId();

    /** Returns when it happened, to the second. */
    Instant time();
}
