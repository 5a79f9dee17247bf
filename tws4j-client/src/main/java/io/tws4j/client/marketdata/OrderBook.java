package io.tws4j.client.marketdata;

import io.tws4j.client.core.StreamSource;
import io.tws4j.connection.Notice;
import io.tws4j.marketdata.DepthUpdate;
import io.tws4j.marketdata.OrderBookSnapshot;
import io.tws4j.marketdata.OrderBookState;
import java.time.Duration;
import java.util.List;

/**
 * A contract's order book, kept up to date from a market depth stream and readable from any
 * thread; each {@link #snapshot()} reflects a whole number of row updates. Updates are applied
 * as they arrive, on a virtual thread of the book's own, those that arrived together at once:
 * TWS sends one change of the book as several row updates, and a snapshot rarely falls between
 * them (a consumer that must never see a book mid-change reads the raw updates instead). TWS's
 * notice 317 (depth reset) empties
 * the book before the new rows arrive; an error ends the book and is thrown by the next read.
 * Closing it cancels the depth request.
 *
 * {@snippet :
 * try (OrderBook book = client.marketDepth(Contract.stock("AAPL").build(), 5).smartDepth().orderBook()) {
 *     OrderBookSnapshot snapshot = book.awaitUpdate(0, Duration.ofSeconds(5));
 *     snapshot.bids().forEach(row -> System.out.println(row.price() + " x " + row.size() + " " + row.marketMaker()));
 * }
 * }
 */
public final class OrderBook implements AutoCloseable {
    /** TWS's "market depth data has been RESET; empty the book before applying new entries". */
    static final int DEPTH_RESET = 317;

    private final OrderBookState state = new OrderBookState();
    private final LiveView<DepthUpdate, OrderBookSnapshot> view;

    OrderBook(StreamSource source) {
        this.view = new LiveView<>("tws4j-book", source, state::apply, state::snapshot, state::updates, notice -> {
            if (notice.code() == DEPTH_RESET) {
                state.clear();
            }
        });
    }

    /** Returns the id of the depth request behind the book. */
    public int requestId() {
        return view.requestId();
    }

    /**
     * Returns the book as it stands.
     *
     * @throws io.tws4j.client.TwsException the error that ended the book, e.g. a
     *         {@link io.tws4j.client.RequestRejectedException} with code 309 when too many depth requests run
     */
    public OrderBookSnapshot snapshot() {
        return view.snapshot();
    }

    /**
     * Waits until more than {@code seenUpdates} row updates have been applied, or {@code timeout}
     * has passed, or the book has ended, and returns the book.
     *
     * @throws io.tws4j.client.TwsException the error that ended the book
     * @throws io.tws4j.client.RequestInterruptedException if the thread is interrupted while waiting
     */
    public OrderBookSnapshot awaitUpdate(long seenUpdates, Duration timeout) {
        return view.awaitUpdate(seenUpdates, timeout);
    }

    /** Returns the warnings TWS sent about the request, oldest first. */
    public List<Notice> notices() {
        return view.notices();
    }

    /** Returns whether the book still receives updates. */
    public boolean isActive() {
        return view.isActive();
    }

    /** Cancels the depth request; the last book stays readable. Idempotent. */
    @Override
    public void close() {
        view.close();
    }

    @Override
    public String toString() {
        return "OrderBook[" + view.description() + "]";
    }
}
