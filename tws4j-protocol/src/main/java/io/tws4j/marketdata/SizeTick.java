package io.tws4j.marketdata;

import java.math.BigDecimal;

/**
 * A size or volume: bid size, ask size, last size, volume, average volume, and the like.
 *
 * @param requestId the market data request it answers
 * @param type which size
 * @param size the size, exactly as TWS sent it
 */
public record SizeTick(int requestId, TickType type, BigDecimal size) implements Tick {}
