package io.tws4j.client.marketdata;

import io.tws4j.client.core.StreamSource;
import io.tws4j.marketdata.DepthUpdate;
import io.tws4j.marketdata.OrderBookSnapshot;
import io.tws4j.marketdata.OrderBookState;

/**
 * A contract's order book, kept up to date from a market depth stream and readable from any
 * thread; each {@link #snapshot()} reflects a whole number of row updates. TWS sends one change
 * of the book as several row updates; those that arrived together are applied at once, so a
 * snapshot rarely falls between them (a consumer that must never see a book mid-change reads the
 * raw updates instead). TWS's notice 317 (depth reset) empties the book before the new rows
 * arrive; an error (309 when three other contracts have depth) ends the book and is thrown by its
 * next read. Closing it cancels the depth request.
 *
 * <p>Across a reconnect the book stays the same object: when its request is sent again
 * ({@link io.tws4j.client.StreamItem.Resumed} without data maintained) it empties itself, and the
 * rows TWS sends for the new request rebuild it; after TWS's 1102 it is kept as it is.
 *
 * {@snippet :
 * try (OrderBook book = client.marketDepth(Contract.stock("AAPL").build(), 5).smartDepth().orderBook()) {
 *     OrderBookSnapshot snapshot = book.awaitUpdate(0, Duration.ofSeconds(5));
 *     snapshot.bids().forEach(row -> System.out.println(row.price() + " x " + row.size() + " " + row.marketMaker()));
 * }
 * }
 */
public final class OrderBook extends LiveView<OrderBookSnapshot> {
    /** TWS's "market depth data has been RESET; empty the book before applying new entries". */
    static final int DEPTH_RESET = 317;

    OrderBook(StreamSource source) {
        this(source, new OrderBookState());
    }

    private OrderBook(StreamSource source, OrderBookState state) {
        super("tws4j-book", source, update -> state.apply((DepthUpdate) update), state::snapshot, state::updates, notice -> {
            if (notice.code() == DEPTH_RESET) {
                state.clear();
            }
        }, state::clear);
    }
}
