package io.tws4j.marketdata;

/**
 * One item of a market data stream. Each tick names the request it answers, so that a
 * consumer merging several streams can tell them apart.
 */
public sealed interface Tick permits PriceTick, SizeTick, GenericTick, StringTick {

    /** Returns the id of the market data request this tick answers. */
    int requestId();

    /** Returns what the tick reports. */
    TickType type();
}
