package io.tws4j.marketdata;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A trade, from a tick-by-tick stream of {@link TickByTickType#LAST} or {@link TickByTickType#ALL_LAST}.
 *
 * @param requestId the tick-by-tick request it answers
 * @param type {@link TickByTickType#LAST} or {@link TickByTickType#ALL_LAST}
 * @param time when it traded, to the second
 * @param price the price
 * @param size the size, exactly as TWS sent it (fractional for crypto)
 * @param attributes whether it was outside the limit, or unreported
 * @param exchange the exchange that printed it
 * @param specialConditions the trade's condition codes, empty when none
 */
public record TradeTick(int requestId, TickByTickType type, Instant time, double price, BigDecimal size,
                        TradeAttributes attributes, String exchange, String specialConditions) implements TickByTick {

    public TradeTick {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(specialConditions, "specialConditions");
    }
}
