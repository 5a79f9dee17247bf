package io.tws4j.marketdata;

/**
 * A number that is neither a price nor a size: halted status, shortable indicator, trade
 * rates, historical volatility, and the like.
 *
 * @param requestId the market data request it answers
 * @param type which value
 * @param value the value
 */
public record GenericTick(int requestId, TickType type, double value) implements Tick {}
