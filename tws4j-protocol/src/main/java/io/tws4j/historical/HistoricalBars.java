package io.tws4j.historical;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The answer to a historical bars request: the period TWS covered and its bars in time order.
 *
 * @param start the start of the period
 * @param end the end of the period
 * @param bars the bars; empty only where TWS answers an empty period without an error
 */
public record HistoricalBars(ZonedDateTime start, ZonedDateTime end, List<Bar> bars) {

    public HistoricalBars {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        bars = List.copyOf(bars);
    }
}
