package io.tws4j.historical;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A historical trade ({@code TRADES} ticks, HISTORICAL_TICKS_LAST on the wire).
 *
 * @param time when it traded, to the second
 * @param price the price
 * @param size the size
 * @param exchange the exchange that printed it
 * @param specialConditions the trade's condition codes, or empty
 * @param pastLimit whether it traded outside the exchange's price limits
 * @param unreported whether it came from an unreported source
 */
public record HistoricalTrade(Instant time, double price, BigDecimal size, String exchange, String specialConditions,
                        boolean pastLimit, boolean unreported) implements HistoricalTick {

    public HistoricalTrade {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(specialConditions, "specialConditions");
    }
}
