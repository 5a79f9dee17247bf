package io.tws4j.simulator.market;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The best bid and offer from {@code time} until the next quote. Prices lie on the instrument's
 * tick grid and the bid is below the ask.
 *
 * @param time when the quote was set
 * @param bid the best bid
 * @param bidSize the size bid
 * @param ask the best offer
 * @param askSize the size offered
 */
public record Quote(Instant time, double bid, BigDecimal bidSize, double ask, BigDecimal askSize) implements MarketEvent {

    /** Returns the midpoint. */
    public double mid() {
        return (bid + ask) / 2;
    }
}
