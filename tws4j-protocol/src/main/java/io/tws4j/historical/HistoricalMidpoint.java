package io.tws4j.historical;

import java.time.Instant;
import java.util.Objects;

/**
 * A historical midpoint of the best bid and offer ({@code MIDPOINT} ticks, HISTORICAL_TICKS on the wire).
 *
 * @param time when the midpoint was set, to the second
 * @param price the midpoint
 */
public record HistoricalMidpoint(Instant time, double price) implements HistoricalTick {

    public HistoricalMidpoint {
        Objects.requireNonNull(time, "time");
    }
}
