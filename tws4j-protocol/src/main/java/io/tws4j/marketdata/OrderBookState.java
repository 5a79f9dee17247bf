package io.tws4j.marketdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An order book kept by applying a depth stream's updates in order; {@link #snapshot()} copies it
 * into an immutable {@link OrderBookSnapshot}. Applying an update allocates nothing (rows hold
 * the update that set them) except when a side grows. Not thread-safe: the client's
 * {@code OrderBook} guards one with a lock.
 *
 * {@snippet :
 * OrderBookState book = new OrderBookState();
 * for (DepthUpdate update : depth.data()) {
 *     book.apply(update);
 * }
 * }
 */
public final class OrderBookState {
    private final List<DepthUpdate> bids = new ArrayList<>();
    private final List<DepthUpdate> asks = new ArrayList<>();
    private long updates;

    /** Makes an empty book. */
    public OrderBookState() {}

    /**
     * Applies one update. An update or delete of a row the book does not have is ignored, and an
     * insert beyond the last row appends, so that a book never fails on a gap in the stream.
     */
    public void apply(DepthUpdate update) {
        Objects.requireNonNull(update, "update");
        updates++;
        List<DepthUpdate> side = update.side() == DepthSide.BID ? bids : asks;
        int position = update.position();
        switch (update.operation()) {
            case INSERT -> side.add(Math.min(Math.max(position, 0), side.size()), update);
            case UPDATE -> {
                if (position >= 0 && position < side.size()) {
                    side.set(position, update);
                } else if (position == side.size()) {
                    side.add(update);
                }
            }
            case DELETE -> {
                if (position >= 0 && position < side.size()) {
                    side.remove(position);
                }
            }
        }
    }

    /** Empties the book, as TWS asks with notice 317 (market depth data has been reset). */
    public void clear() {
        bids.clear();
        asks.clear();
    }

    /** Returns how many updates have been applied. */
    public long updates() {
        return updates;
    }

    /** Returns a copy of the book as it stands. */
    public OrderBookSnapshot snapshot() {
        return new OrderBookSnapshot(updates, levels(bids), levels(asks));
    }

    private static List<BookLevel> levels(List<DepthUpdate> side) {
        List<BookLevel> levels = new ArrayList<>(side.size());
        for (DepthUpdate row : side) {
            levels.add(new BookLevel(row.price(), row.size(), row.marketMaker()));
        }
        return levels;
    }
}
