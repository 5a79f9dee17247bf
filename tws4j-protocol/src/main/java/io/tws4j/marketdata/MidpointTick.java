package io.tws4j.marketdata;

import java.time.Instant;
import java.util.Objects;

/**
 * A change of the midpoint, from a tick-by-tick stream of {@link TickByTickType#MIDPOINT}.
 *
 * @param requestId the tick-by-tick request it answers
 * @param time when the midpoint changed, to the second
 * @param midpoint the midpoint of the best bid and offer
 */
public record MidpointTick(int requestId, Instant time, double midpoint) implements TickByTick {

    public MidpointTick {
        Objects.requireNonNull(time, "time");
    }
}
