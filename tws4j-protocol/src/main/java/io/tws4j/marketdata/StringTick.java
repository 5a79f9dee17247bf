package io.tws4j.marketdata;

/**
 * A value TWS sends as text: last timestamp, RT volume, dividends, exchanges, and the like.
 *
 * @param requestId the market data request it answers
 * @param type which value
 * @param value the text as sent
 */
public record StringTick(int requestId, TickType type, String value) implements Tick {}
