package io.tws4j.client;

/**
 * One item of a subscription: data, or a notice TWS sent about the request (a warning that
 * leaves the stream running). Errors are not items: they end the stream.
 *
 * {@snippet :
 * for (StreamItem<RealTimeBar> item : subscription) {
 *     switch (item) {
 *         case StreamItem.Data<RealTimeBar>(var bar) -> chart.add(bar);
 *         case StreamItem.Notice<RealTimeBar>(var notice) -> log.warn("{}", notice);
 *     }
 * }
 * }
 *
 * @param <T> the data type
 */
public sealed interface StreamItem<T> permits StreamItem.Data, StreamItem.Notice {

    /** A data item. */
    record Data<T>(T value) implements StreamItem<T> {}

    /** A notice about the request that leaves the stream running. */
    record Notice<T>(io.tws4j.connection.Notice notice) implements StreamItem<T> {}
}
