package io.tws4j.marketdata;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A five-second bar ({@code reqRealTimeBars}), sent when its five seconds are over.
 *
 * @param requestId the real-time bars request it answers
 * @param time the start of the bar
 * @param open the first price
 * @param high the highest price
 * @param low the lowest price
 * @param close the last price
 * @param volume the traded size (0 for quote bars), exactly as TWS sent it
 * @param wap the volume-weighted average price
 * @param count the number of trades (or quotes)
 */
public record RealTimeBar(int requestId, Instant time, double open, double high, double low, double close,
                          BigDecimal volume, BigDecimal wap, int count) {

    public RealTimeBar {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(wap, "wap");
    }
}
