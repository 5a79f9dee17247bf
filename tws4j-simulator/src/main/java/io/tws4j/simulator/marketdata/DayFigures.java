package io.tws4j.simulator.marketdata;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;

/**
 * A trading day's running figures as a market data stream keeps them: open, high, low, volume,
 * the traded value (for the VWAP) and the trade count, and when the day's last session ends.
 */
final class DayFigures {
    double open = Double.NaN;
    double high = Double.NaN;
    double low = Double.NaN;
    BigDecimal volume = BigDecimal.ZERO;
    BigDecimal value = BigDecimal.ZERO;
    int trades;
    /** When the day's last session ends; events from then on belong to another day. Null when unknown. */
    Instant end;

    /** Returns the day's volume-weighted average price, or NaN before any sized trade. */
    double vwap() {
        return volume.signum() == 0 ? Double.NaN : value.divide(volume, MathContext.DECIMAL64).doubleValue();
    }

    /** Adds a trade; returns which of open, high and low it changed (bits 1, 2, 4). */
    int add(double price, BigDecimal size) {
        int changed = 0;
        if (Double.isNaN(open)) {
            open = price;
            changed |= 1;
        }
        if (Double.isNaN(high) || price > high) {
            high = price;
            changed |= 2;
        }
        if (Double.isNaN(low) || price < low) {
            low = price;
            changed |= 4;
        }
        volume = volume.add(size);
        value = value.add(size.multiply(BigDecimal.valueOf(price)));
        trades++;
        return changed;
    }
}
