package io.tws4j.simulator.market;

import java.time.Instant;
import java.util.List;

/**
 * The order book at an instant: bids from the best down, asks from the best up. The top level
 * is the quote in force; deeper levels step away on the tick grid.
 *
 * @param time the instant
 * @param bids the bid levels, best first
 * @param asks the ask levels, best first
 */
public record DepthBook(Instant time, List<DepthLevel> bids, List<DepthLevel> asks) {

    public DepthBook {
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }

    /** Returns a book with no levels, as when the market is closed. */
    public static DepthBook empty(Instant time) {
        return new DepthBook(time, List.of(), List.of());
    }
}
