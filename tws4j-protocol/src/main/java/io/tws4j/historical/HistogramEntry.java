package io.tws4j.historical;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One price level of a histogram: how much traded there over the histogram's period.
 *
 * @param price the price level
 * @param size the volume traded at it
 */
public record HistogramEntry(double price, BigDecimal size) {

    public HistogramEntry {
        Objects.requireNonNull(size, "size");
    }
}
