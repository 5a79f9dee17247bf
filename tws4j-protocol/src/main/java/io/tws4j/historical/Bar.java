package io.tws4j.historical;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One historical bar. For trade series the volume, the volume-weighted average price and the
 * trade count are TWS's; for quote series (midpoint, bid, ask) TWS's volume is zero and the
 * count, when it sends one, counts quotes.
 *
 * @param time when the bar starts: its trading day, or its first instant
 * @param open the first price
 * @param high the highest price
 * @param low the lowest price
 * @param close the last price
 * @param volume the traded volume, in shares, contracts or coins
 * @param wap the volume-weighted average price
 * @param count the number of trades (or quotes)
 */
public record Bar(BarTime time, double open, double high, double low, double close, BigDecimal volume, double wap,
                  int count) {

    public Bar {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(volume, "volume");
    }
}
