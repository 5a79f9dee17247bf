package io.tws4j.client;

import io.tws4j.client.orders.ReconciliationReport;
import java.time.Duration;
import java.time.Instant;

/**
 * One item of a subscription: data, a notice TWS sent about the request (a warning that leaves
 * the stream running), or a mark of what happened to the stream's connection: data stopped
 * ({@link Interrupted}), the request is live again ({@link Resumed}), the orders were reconciled
 * ({@link Reconciled}). Errors are not items: they end the stream. See {@code docs/recovery.md}.
 *
 * {@snippet :
 * for (StreamItem<RealTimeBar> item : subscription) {
 *     switch (item) {
 *         case StreamItem.Data<RealTimeBar>(var bar) -> chart.add(bar);
 *         case StreamItem.Notice<RealTimeBar>(var notice) -> log.warn("{}", notice);
 *         case StreamItem.Interrupted<RealTimeBar> gap -> chart.markGap(gap.at());
 *         case StreamItem.Resumed<RealTimeBar> resumed -> chart.markResumed(resumed.at());
 *         case StreamItem.Reconciled<RealTimeBar> reconciled -> { }     // order streams only
 *     }
 * }
 * }
 *
 * @param <T> the data type
 */
public sealed interface StreamItem<T>
        permits StreamItem.Data, StreamItem.Notice, StreamItem.Interrupted, StreamItem.Resumed, StreamItem.Reconciled {

    /** A data item. */
    record Data<T>(T value) implements StreamItem<T> {}

    /** A notice about the request that leaves the stream running. */
    record Notice<T>(io.tws4j.connection.Notice notice) implements StreamItem<T> {}

    /**
     * Data stopped at {@code at}: the connection was lost, or TWS lost its own connection to IB
     * (1100). Items may be missing from here until {@link Resumed}; a quiet stream after this is
     * not a quiet market.
     *
     * @param reason what happened, for logs
     */
    record Interrupted<T>(Instant at, String reason) implements StreamItem<T> {}

    /**
     * The stream's request is live again at {@code at}, {@code gap} after it was interrupted.
     *
     * @param dataMaintained true when TWS kept the subscription (1102) and nothing was sent again;
     *     false when the request was sent again, so that state built from earlier items (an order
     *     book, say) must be rebuilt from the items that follow
     */
    record Resumed<T>(Instant at, Duration gap, boolean dataMaintained) implements StreamItem<T> {}

    /**
     * On order streams: reconciliation after a reconnect is over; every update missed during the
     * gap has been delivered before this item.
     */
    record Reconciled<T>(ReconciliationReport report) implements StreamItem<T> {}
}
