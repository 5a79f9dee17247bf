package io.tws4j.marketdata;

import java.util.List;
import java.util.Optional;

/**
 * An order book as it stood after a number of depth updates: bids from the best down, asks from
 * the best up.
 *
 * @param updates how many depth updates had been applied (0 for an empty book never updated)
 * @param bids the bid rows, best first
 * @param asks the ask rows, best first
 */
public record OrderBookSnapshot(long updates, List<BookLevel> bids, List<BookLevel> asks) {

    public OrderBookSnapshot {
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }

    /** Returns the best bid row, if the book has bids. */
    public Optional<BookLevel> bestBid() {
        return bids.isEmpty() ? Optional.empty() : Optional.of(bids.getFirst());
    }

    /** Returns the best ask row, if the book has asks. */
    public Optional<BookLevel> bestAsk() {
        return asks.isEmpty() ? Optional.empty() : Optional.of(asks.getFirst());
    }
}
